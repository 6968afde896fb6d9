using System.Diagnostics;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Observability;

/// <summary>Measures every store read for <c>knowledgegraph_api_store_query_duration_seconds</c>.</summary>
public sealed class TimedGraphStore(IGraphStore inner, KnowledgeGraphMetrics metrics) : IGraphStore
{
    private readonly string storeName = inner.GetType().Name;

    public async Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var ok = false;
        try
        {
            var result = await inner.ReadAsync(plan, cancellationToken);
            ok = true;
            return result;
        }
        finally
        {
            metrics.StoreQuery(storeName, ok, Stopwatch.GetElapsedTime(started));
        }
    }
}
