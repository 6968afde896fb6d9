using System.Collections.Frozen;
using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>Builds a <see cref="GraphIndex"/> from a whole graph; rejects nodes and relationships the schema does not know.</summary>
internal static class GraphIndexBuilder
{
    public static GraphIndex Build(GraphSchema schema, GraphData data)
    {
        var labelOrder = schema.Labels.Select((label, position) => (label, position)).ToDictionary(x => x.label, x => x.position);
        var nodes = data.Nodes
            .OrderBy(n => labelOrder.TryGetValue(n.Label, out var position)
                ? position
                : throw new ArgumentException($"The node '{n.Id}' has a label outside the schema: {n.Label.Name}."))
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToArray();
        var nodeById = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            if (!nodeById.TryAdd(nodes[i].Id, i))
            {
                throw new ArgumentException($"The id '{nodes[i].Id}' is used by more than one node.");
            }
        }

        var labels = BuildLabelTables(schema, nodes);
        var relationships = BuildRelationshipTables(schema, data, nodeById, labels);
        var hierarchy = BuildHierarchy(schema, labels, relationships);
        return new GraphIndex(nodes, nodeById.ToFrozenDictionary(StringComparer.Ordinal), labels, relationships, hierarchy,
            BuildSearchIndex(nodes, labels));
    }

    private static Dictionary<LabelDef, LabelTable> BuildLabelTables(GraphSchema schema, NodeRecord[] nodes)
    {
        var tables = new Dictionary<LabelDef, LabelTable>();
        var start = 0;
        foreach (var label in schema.Labels)
        {
            var end = start;
            while (end < nodes.Length && nodes[end].Label == label)
            {
                end++;
            }

            var first = start;
            var columns = label.Properties.ToDictionary(
                p => p.Name,
                p => ColumnFactory.Build(p, end - first, row => ValueOf(nodes[first + row], p.Name)),
                StringComparer.Ordinal);
            var indexes = columns.Values
                .Where(c => c is StringColumn && c.Property is { Kind: ValueKind.Enum, IsList: false })
                .ToDictionary(c => c.Property.Name, c => EqualityIndex.Build(((StringColumn)c).Values), StringComparer.Ordinal);
            tables[label] = new LabelTable(label, start, end - start, columns, indexes);
            start = end;
        }

        return tables;
    }

    private static object? ValueOf(NodeRecord node, string property) =>
        property == GraphSchema.IdProperty ? node.Id : node.Properties.GetValueOrDefault(property);

    private static Dictionary<RelationshipDef, RelationshipTable> BuildRelationshipTables(
        GraphSchema schema, GraphData data, Dictionary<string, int> nodeById, Dictionary<LabelDef, LabelTable> labels)
    {
        var byDefinition = schema.Relationships.ToDictionary(r => r, _ => new List<RelationshipRecord>());
        foreach (var relationship in data.Relationships)
        {
            if (!byDefinition.TryGetValue(relationship.Definition, out var list))
            {
                throw new ArgumentException($"The relationship {relationship.Definition} is outside the schema.");
            }

            list.Add(relationship);
        }

        var tables = new Dictionary<RelationshipDef, RelationshipTable>();
        foreach (var (definition, list) in byDefinition)
        {
            var edges = list.ToArray();
            var from = labels[definition.From];
            var to = labels[definition.To];
            var starts = new int[edges.Length];
            var ends = new int[edges.Length];
            for (var e = 0; e < edges.Length; e++)
            {
                starts[e] = Resolve(nodeById, from, edges[e].StartId, edges[e]);
                ends[e] = Resolve(nodeById, to, edges[e].EndId, edges[e]);
            }

            var columns = definition.Properties.ToDictionary(
                p => p.Name,
                p => ColumnFactory.Build(p, edges.Length, e => edges[e].Properties.GetValueOrDefault(p.Name)),
                StringComparer.Ordinal);
            var outgoing = Adjacency.Build(from.Count, [.. starts.Select(s => s - from.Start)], ends);
            var incoming = Adjacency.Build(to.Count, [.. ends.Select(e => e - to.Start)], starts);
            tables[definition] = new RelationshipTable(definition, edges, columns, outgoing, incoming);
        }

        return tables;
    }

    private static int Resolve(Dictionary<string, int> nodeById, LabelTable table, string id, RelationshipRecord edge) =>
        nodeById.TryGetValue(id, out var node) && table.Contains(node)
            ? node
            : throw new ArgumentException($"The relationship {edge.Id} refers to '{id}', which is no {table.Label.Name}.");

    private static TerritoryHierarchy? BuildHierarchy(
        GraphSchema schema, Dictionary<LabelDef, LabelTable> labels, Dictionary<RelationshipDef, RelationshipTable> relationships)
    {
        var partOf = schema.Relationships.FirstOrDefault(r => r.Type == DomainRelationships.PartOf.Type && r.From == r.To);
        return partOf is null ? null : new TerritoryHierarchy(labels[partOf.From], relationships[partOf].For(Direction.Outgoing));
    }

    private static SearchIndex BuildSearchIndex(NodeRecord[] nodes, Dictionary<LabelDef, LabelTable> labels)
    {
        var display = new string[nodes.Length];
        var description = new string?[nodes.Length];
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

        return new SearchIndex(display, description, [.. nodes.Select(n => n.Id)]);
    }
}
