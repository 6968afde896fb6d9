namespace KnowledgeGraph.Api.Tables;

/// <summary>
/// One cell of an answer table: its text, and whether it is a JSON number (numbers keep their sign and are never
/// guarded against formula injection; their decimal point becomes a comma with the semicolon separator).
/// <see cref="Null"/> is a JSON null: empty, and dropped as a column when the column turns out to hold an object elsewhere.
/// </summary>
public readonly record struct TableCell(string Text, bool IsNumber = false, bool Null = false)
{
    public static readonly TableCell Empty = new("", Null: true);
}
