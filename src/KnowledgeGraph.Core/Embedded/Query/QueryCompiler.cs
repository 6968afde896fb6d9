using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// Compiles the connection queries and projections of a plan, validating them against the graph's tables. A root
/// connection's filter is first narrowed by the indexes (<see cref="CandidatePlanner"/>) unless
/// <paramref name="useIndexes"/> is false (a full scan, as the tests compare with).
/// </summary>
internal sealed class QueryCompiler(GraphIndex graph, CancellationToken cancellationToken, bool useIndexes = true)
{
    private readonly FilterCompiler _filters = new(graph, cancellationToken);

    public CompiledConnection Compile(ConnectionQuery query) => Compile(query, root: true);

    private CompiledConnection Compile(ConnectionQuery query, bool root, SlotEdgeKeys? edgeKeys = null)
    {
        var table = graph.Table(query.Label);
        var order = new ItemOrder(table, query.Order, graph, edgeKeys);
        var (candidates, where) = root && useIndexes
            ? new CandidatePlanner(graph, _filters, cancellationToken).Plan(query.Where, table, joins: !ScanMayStopEarly(query, order))
            : (null, query.Where);
        return new CompiledConnection(
            table,
            _filters.Compile(where, FilterScope.Of(table)),
            order,
            PageSpec.From(query.Page, order),
            query.IncludeTotalCount,
            Compile(query.Projection, table),
            Validate(query.Aggregate, table),
            query.WantsNoNodes,
            query.Cursors,
            candidates);
    }

    // As ConnectionExecutor: in id order, without a total or aggregates, the scan stops once the page is known.
    private static bool ScanMayStopEarly(ConnectionQuery query, ItemOrder order) =>
        query.Aggregate is null && !query.IncludeTotalCount && (order.IsIdOrder || query.WantsNoNodes);

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
            Compile(selection.Query, root: false, SlotEdgeKeys.For(selection, relationship)),
            [.. selection.EdgeProperties.Select(p => p.Name)],
            selection.Inside ? Inside(field, relationship) : null);
    }

    private InsideItems Inside(RelationshipField field, RelationshipTable relationship)
    {
        if (!Containment.AppliesTo(graph.Schema, field) || Containment.Of(graph.Schema, field.Source) is not { } containment)
        {
            throw new InvalidQueryException("INVALID_QUERY", $"'inside' does not apply to {field}.");
        }

        return new InsideItems(graph.Table(field.Source).Start, graph.Table(containment).For(Direction.Incoming), relationship.For(field.Direction));
    }

    public IReadOnlyDictionary<LabelDef, CompiledProjection> Compile(IReadOnlyDictionary<LabelDef, NodeProjection> byLabel) =>
        byLabel.ToDictionary(pair => pair.Key, pair => Compile(pair.Value, graph.Table(pair.Key)));
}
