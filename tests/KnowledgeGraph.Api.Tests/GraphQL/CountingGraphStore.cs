using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>A decorator (not a mock): delegates every read to the real store and counts the calls.</summary>
internal sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return inner.ReadAsync(plan, cancellationToken);
    }
}
