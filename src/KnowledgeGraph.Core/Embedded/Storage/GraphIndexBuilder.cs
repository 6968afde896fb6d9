using System.Runtime.ExceptionServices;
using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// Builds a <see cref="GraphIndex"/> from a whole graph; rejects nodes and relationships the schema does not know.
/// Once the nodes are in order, the label tables (then the search index, which reads them) and the relationship
/// tables are independent, so the two are built side by side. The hot loops of the build are marked for full
/// optimisation at first call: they run once, at start-up, and would otherwise spend much of it in unoptimised code.
/// </summary>
internal static class GraphIndexBuilder
{
    public static GraphIndex Build(GraphSchema schema, GraphData data)
    {
        var (nodes, labelStarts) = NodeOrdering.Sort(schema.Labels, data.Nodes);
        var nodeById = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        var ids = new string[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            ids[i] = nodes[i].Id;
            if (!nodeById.TryAdd(ids[i], i))
            {
                throw new ArgumentException($"The id '{nodes[i].Id}' is used by more than one node.");
            }
        }

        var ranges = schema.Labels
            .Select((label, position) => new LabelRange(label, labelStarts[position], labelStarts[position + 1] - labelStarts[position]))
            .ToDictionary(r => r.Label);
        var edgesByDefinition = GroupRelationships(schema, data.Relationships);

        Dictionary<LabelDef, LabelTable>? labels = null;
        SearchIndex? search = null;
        Dictionary<RelationshipDef, RelationshipTable>? relationships = null;
        BothOrFail(
            () =>
            {
                labels = ranges.Values.ToDictionary(r => r.Label, r => LabelTableBuilder.Build(r.Label, nodes, r.Start, r.Count));
                search = BuildSearchIndex(ids, labels);
            },
            () => relationships = edgesByDefinition.ToDictionary(
                pair => pair.Definition,
                pair => RelationshipTableBuilder.Build(pair.Definition, pair.Edges, nodeById, ranges[pair.Definition.From], ranges[pair.Definition.To])));

        var hierarchy = BuildHierarchy(schema, labels!, relationships!);
        return new GraphIndex(schema, nodes, ids, labels!, relationships!, hierarchy, search!);
    }

    /// <summary>
    /// Runs both at once, the second on a thread of its own (so it never waits behind a busy thread pool); if either
    /// fails, rethrows the first one's failure first, whatever the timing.
    /// </summary>
    private static void BothOrFail(Action first, Action second)
    {
        Exception? secondError = null;
        var thread = new Thread(() => secondError = Capture(second)) { IsBackground = true, Name = "graph index build" };
        thread.Start();
        var firstError = Capture(first);
        thread.Join();
        if ((firstError ?? secondError) is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }
    }

    private static Exception? Capture(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static (RelationshipDef Definition, RelationshipRecord[] Edges)[] GroupRelationships(
        GraphSchema schema, IReadOnlyList<RelationshipRecord> relationships)
    {
        var byDefinition = schema.Relationships.ToDictionary(r => r, _ => new List<RelationshipRecord>());
        foreach (var relationship in relationships)
        {
            if (!byDefinition.TryGetValue(relationship.Definition, out var list))
            {
                throw new ArgumentException($"The relationship {relationship.Definition} is outside the schema.");
            }

            list.Add(relationship);
        }

        return [.. byDefinition.Select(pair => (pair.Key, pair.Value.ToArray()))];
    }

    internal static TerritoryHierarchy? BuildHierarchy(
        GraphSchema schema, IReadOnlyDictionary<LabelDef, LabelTable> labels, IReadOnlyDictionary<RelationshipDef, RelationshipTable> relationships)
    {
        var partOf = PartOf(schema);
        return partOf is null ? null : new TerritoryHierarchy(labels[partOf.From], relationships[partOf].For(Direction.Outgoing));
    }

    /// <summary>The territories' PART_OF definition (a label to itself), if the schema has one.</summary>
    internal static RelationshipDef? PartOf(GraphSchema schema) =>
        schema.Relationships.FirstOrDefault(r => r.Type == DomainRelationships.PartOf.Type && r.From == r.To);

    private static SearchIndex BuildSearchIndex(string[] ids, Dictionary<LabelDef, LabelTable> labels)
    {
        var display = new string[ids.Length];
        var description = new string?[ids.Length];
        foreach (var table in labels.Values)
        {
            var displayColumn = (StringColumn)table.Columns[table.Label.DisplayProperty];
            var descriptionColumn = table.Label.SearchProperties.FirstOrDefault(p => p.Name != table.Label.DisplayProperty) is { } p
                ? (StringColumn)table.Columns[p.Name]
                : null;
            for (var row = 0; row < table.Count; row++)
            {
                display[table.Start + row] = displayColumn.Values[row] ?? string.Empty;
                description[table.Start + row] = descriptionColumn?.Values[row];
            }
        }

        return new SearchIndex(display, description, ids);
    }
}
