namespace KnowledgeGraph.Api.Tables;

/// <summary>The field separator of a CSV answer: a comma, or a semicolon (French spreadsheets) with decimal commas.</summary>
public enum CsvSeparator
{
    Comma,
    Semicolon,
}
