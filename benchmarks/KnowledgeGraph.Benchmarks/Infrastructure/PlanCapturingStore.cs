using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// A store stub that keeps the last plan it was given and answers with empty pages: it isolates the GraphQL side
/// (parse, validate, plan, resolve) from any store work.
/// </summary>
public sealed class PlanCapturingStore : IGraphStore
{
    private static readonly ConnectionResult EmptyPage = new([], 0, false, false);

    public ReadPlan? LastPlan { get; private set; }

    public Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken)
    {
        LastPlan = plan;
        var roots = plan.Roots.ToDictionary(root => root.Key, root => root switch
        {
            CollectionRead => (object?)EmptyPage,
            SearchRead => Array.Empty<SearchHit>(),
            _ => null,
        });
        return Task.FromResult(new ReadResult(roots));
    }
}
