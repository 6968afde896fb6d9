using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>Executes every root of a read plan against the in-memory graph (see <see cref="QueryCompiler"/> for <paramref name="useIndexes"/>).</summary>
internal sealed class PlanExecutor(GraphIndex graph, CancellationToken cancellationToken, bool useIndexes = true)
{
    private readonly QueryCompiler _compiler = new(graph, cancellationToken, useIndexes);
    private readonly ConnectionExecutor _connections = new(graph, cancellationToken);

    public ReadResult Execute(ReadPlan plan)
    {
        var roots = new Dictionary<string, object?>(plan.Roots.Count, StringComparer.Ordinal);
        foreach (var root in plan.Roots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            roots[root.Key] = root switch
            {
                CollectionRead collection => _connections.ExecuteRoot(_compiler.Compile(collection.Query)),
                NodeByIdRead byId => NodeById(byId),
                SearchRead search => new SearchExecutor(graph, _connections, cancellationToken).Execute(search, _compiler.Compile(search.ProjectionByLabel)),
                _ => throw new InvalidQueryException("INVALID_QUERY", $"Unknown root read {root.GetType().Name}."),
            };
        }

        return new ReadResult(roots);
    }

    private NodeResult? NodeById(NodeByIdRead read)
    {
        var projections = _compiler.Compile(read.ProjectionByLabel);
        if (!graph.NodeById.TryGetValue(read.Id, out var node))
        {
            return null;
        }

        var projection = projections.TryGetValue(graph.Nodes[node].Label, out var p) ? p : CompiledProjection.IdOnly;
        return _connections.Project(node, projection);
    }
}
