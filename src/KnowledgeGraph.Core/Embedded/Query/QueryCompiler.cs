using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>Compiles the connection queries and projections of a plan, validating them against the graph's tables.</summary>
internal sealed class QueryCompiler(GraphIndex graph, CancellationToken cancellationToken)
{
    private readonly FilterCompiler _filters = new(graph, cancellationToken);

    public CompiledConnection Compile(ConnectionQuery query)
    {
        var table = graph.Table(query.Label);
        var order = new ItemOrder(table, query.Order, graph);
        return new CompiledConnection(
            table,
            _filters.Compile(query.Where, FilterScope.Of(table)),
            order,
            PageSpec.From(query.Page, order),
            query.IncludeTotalCount,
            Compile(query.Projection, table),
            Validate(query.Aggregate, table),
            query.WantsNoNodes,
            query.Cursors);
    }

    private static AggregateRequest? Validate(AggregateRequest? aggregate, LabelTable table)
    {
        foreach (var property in aggregate?.Properties ?? [])
        {
            AggregateRules.Check(table.Label, property, aggregate!);
        }

        return aggregate;
    }

    public CompiledProjection Compile(NodeProjection projection, LabelTable table)
    {
        foreach (var property in projection.Properties)
        {
            if (!table.Columns.ContainsKey(property.Name))
            {
                throw new InvalidQueryException("INVALID_QUERY", $"{table.Label.Name} has no property '{property.Name}'.");
            }
        }

        return new CompiledProjection([.. projection.Properties], [.. projection.Relationships.Select(s => Compile(s, table))]);
    }

    private CompiledSelection Compile(RelationshipSelection selection, LabelTable source)
    {
        var field = selection.Field;
        if (field.Source != source.Label || field.Target != selection.Query.Label)
        {
            throw new InvalidQueryException("INVALID_QUERY", $"The selection '{selection.Key}' ({field}) does not fit {source.Label.Name}.");
        }

        var relationship = graph.Table(field.Relationship);
        foreach (var property in selection.EdgeProperties)
        {
            if (!relationship.Columns.ContainsKey(property.Name))
            {
                throw new InvalidQueryException("INVALID_QUERY", $"{field.Relationship.Type} has no property '{property.Name}'.");
            }
        }

        return new CompiledSelection(
            selection.Key,
            source.Start,
            relationship.For(field.Direction),
            relationship,
            Compile(selection.Query),
            [.. selection.EdgeProperties.Select(p => p.Name)]);
    }

    public IReadOnlyDictionary<LabelDef, CompiledProjection> Compile(IReadOnlyDictionary<LabelDef, NodeProjection> byLabel) =>
        byLabel.ToDictionary(pair => pair.Key, pair => Compile(pair.Value, graph.Table(pair.Key)));
}
