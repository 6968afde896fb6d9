using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Tests.Observability;

/// <summary>A stub for what a real store does not do on demand: take long. Signals entry, waits, then reads the real store.</summary>
internal sealed class SlowGraphStoreStub(IGraphStore inner, TimeSpan delay) : IGraphStore
{
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => entered.Task;

    public async Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken)
    {
        entered.TrySetResult();
        // Not cancelled by shutdown on purpose: the test checks that shutdown waits for it.
        await Task.Delay(delay, CancellationToken.None);
        return await inner.ReadAsync(plan, cancellationToken);
    }
}
