using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Paging;

namespace KnowledgeGraph.Neo4j.Mapping;

/// <summary>Maps the one record of a compiled read to a <see cref="ReadResult"/> equal to the embedded store's.</summary>
public sealed class ResultMapper(GraphSchema schema)
{
    private static readonly IReadOnlyDictionary<string, object?> NoEdgeProperties = new Dictionary<string, object?>();

    public ReadResult Map(CompiledRead compiled, IReadOnlyDictionary<string, object?> record)
    {
        CheckWithin(compiled, record);
        var roots = new Dictionary<string, object?>(compiled.Plan.Roots.Count, StringComparer.Ordinal);
        for (var i = 0; i < compiled.Plan.Roots.Count; i++)
        {
            var value = record[CompiledRead.RootColumn(i)];
            roots[compiled.Plan.Roots[i].Key] = compiled.Plan.Roots[i] switch
            {
                CollectionRead collection => Connection(collection.Query, value),
                NodeByIdRead byId => value is null ? null : NodeOfAnyLabel(value, byId.ProjectionByLabel),
                SearchRead => Values.List(value).Select(hit => Hit(hit, ((SearchRead)compiled.Plan.Roots[i]).ProjectionByLabel)).ToList(),
                var other => throw new InvalidOperationException($"Unknown root read {other.GetType().Name}."),
            };
        }

        return new ReadResult(roots);
    }

    private static ConnectionResult Connection(ConnectionQuery query, object? value)
    {
        var map = Values.Map(value);
        var total = Values.Long(map["total"]);
        var (hasPrevious, hasNext) = PageFlags.Of(query.Page, total, Values.Long(map["after"]), Values.Long(map["window"]));
        var edges = Values.List(map["items"]).Select(item => NodeMapper.Edge(query, Values.Map(item), NoEdgeProperties)).ToList();
        var aggregate = query.Aggregate is null ? null : Aggregates.OfRoot(query.Aggregate, total, map);
        return new ConnectionResult(edges, query.IncludeTotalCount ? total : null, hasPrevious, hasNext, aggregate);
    }

    private SearchHit Hit(object? value, IReadOnlyDictionary<LabelDef, NodeProjection> projections)
    {
        var map = Values.Map(value);
        return new SearchHit(NodeOfAnyLabel(map[ProjectionCompiler.NodeKey], projections), (int)Values.Long(map["score"]));
    }

    private NodeResult NodeOfAnyLabel(object? value, IReadOnlyDictionary<LabelDef, NodeProjection> projections)
    {
        var id = (string)Values.Map(value)[GraphSchema.IdProperty]!;
        var label = schema.LabelOfId(id) ?? throw new InvalidOperationException($"Neo4j returned the id '{id}', which no label's pattern matches.");
        return NodeMapper.Node(label, value, projections.GetValueOrDefault(label) ?? NodeProjection.IdOnly(label));
    }

    private static void CheckWithin(CompiledRead compiled, IReadOnlyDictionary<string, object?> record)
    {
        for (var j = 0; j < compiled.WithinParameters.Count; j++)
        {
            var found = Values.List(record[CompiledRead.WithinColumn(j)]).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var requested = (IEnumerable<string>)compiled.Statement.Parameters[compiled.WithinParameters[j]]!;
            if (requested.FirstOrDefault(id => !found.Contains(id)) is { } missing)
            {
                throw new InvalidQueryException("UNKNOWN_ID", $"'{missing}' is not the id of a territory.");
            }
        }
    }
}
