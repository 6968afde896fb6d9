using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>
/// A store test double that never answers: it waits on the token it was given, as a slow database read would, and
/// records that the token was cancelled. Shows that the query timeout reaches the store work.
/// </summary>
public sealed class TokenAwaitingGraphStoreStub : IGraphStore
{
    private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a read's token was cancelled.</summary>
    public Task Cancelled => _cancelled.Task;

    public async Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _cancelled.TrySetResult();
            throw;
        }

        throw new InvalidOperationException("Unreachable: the delay only ends by cancellation.");
    }
}
