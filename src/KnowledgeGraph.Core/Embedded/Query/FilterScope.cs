using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Embedded.Storage;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// What a filter ranges over: the nodes of a label (items are global node indices) or the relationships of one
/// definition (items are edge indices). Only node scopes allow relationship and within filters.
/// </summary>
internal sealed record FilterScope(string Name, IReadOnlyDictionary<string, Column> Columns, int Offset, LabelTable? Nodes)
{
    public static FilterScope Of(LabelTable table) => new(table.Label.Name, table.Columns, table.Start, table);

    public static FilterScope Of(RelationshipTable table) => new(table.Definition.Type, table.Columns, 0, null);
}
