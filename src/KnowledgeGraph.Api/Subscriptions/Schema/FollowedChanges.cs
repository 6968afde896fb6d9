using System.Collections.Frozen;
using KnowledgeGraph.Api.Analytics;
using KnowledgeGraph.Api.Subscriptions.Changes;
using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Api.Subscriptions.Schema;

/// <summary>
/// The source stream of one <c>graphChanged</c> subscription: the hub's changes reduced to the subscriber's scope. A
/// neighbourhood is computed when the subscription starts and again after each change that concerned it (a link may
/// have brought nodes in, an unlink taken some out), from the analytics snapshot; a node linked to an inner node joins
/// at once, so that its next change is not missed while the recomputation runs.
/// </summary>
internal sealed partial class FollowedChanges(
    GraphChangeHub hub, GraphAnalytics analytics, ChangeScope scope, NeighborhoodRequest? neighborhood, ILogger logger)
    : IObservable<GraphChange>
{
    private ChangeScope _scope = scope;
    private readonly NeighborhoodRequest? _neighborhood = neighborhood;
    private int _refreshing;
    private int _stale;

    public static async ValueTask<FollowedChanges> StartAsync(
        GraphChangeHub hub, GraphAnalytics analytics, ChangeScope scope, NeighborhoodRequest? neighborhood, ILogger logger,
        CancellationToken cancellationToken)
    {
        if (neighborhood is not null)
            scope = await WithNeighborhoodAsync(analytics, scope, neighborhood, cancellationToken);
        return new FollowedChanges(hub, analytics, scope, neighborhood, logger);
    }

    public IDisposable Subscribe(IObserver<GraphChange> observer) => hub.Subscribe(new Filter(this, observer));

    private static async Task<ChangeScope> WithNeighborhoodAsync(
        GraphAnalytics analytics, ChangeScope scope, NeighborhoodRequest request, CancellationToken cancellationToken)
    {
        var all = await analytics.NeighborhoodAsync(request, cancellationToken);
        var inner = request.Depth == 1
            ? request.Ids
            : (await analytics.NeighborhoodAsync(request with { Depth = request.Depth - 1 }, cancellationToken)).Nodes.Select(n => n.Id);
        return scope with
        {
            Neighborhood = all.Nodes.Select(n => n.Id).ToFrozenSet(StringComparer.Ordinal),
            Inner = inner.ToFrozenSet(StringComparer.Ordinal),
        };
    }

    /// <summary>Recomputes the neighbourhood after a change that concerned it: one refresh at a time, again if changes came meanwhile.</summary>
    private void Refresh()
    {
        if (_neighborhood is not { } request)
            return;
        Interlocked.Exchange(ref _stale, 1);
        if (Interlocked.CompareExchange(ref _refreshing, 1, 0) != 0)
            return;
        _ = Task.Run(async () =>
        {
            try
            {
                while (Interlocked.Exchange(ref _stale, 0) == 1)
                    Volatile.Write(ref _scope, await WithNeighborhoodAsync(analytics, Volatile.Read(ref _scope), request, CancellationToken.None));
            }
            catch (Exception e)
            {
                // A start node deleted: the neighbourhood stays as it was (its other nodes may still change).
                LogRefreshFailed(logger, e.GetType().Name);
            }
            finally
            {
                Volatile.Write(ref _refreshing, 0);
            }
        });
    }

    private sealed class Filter(FollowedChanges owner, IObserver<GraphChange> observer) : IObserver<GraphChange>
    {
        public void OnNext(GraphChange value)
        {
            var scope = Volatile.Read(ref owner._scope);
            if (scope.Select(value) is not { } selected)
                return;
            if (owner._neighborhood is not null)
                Volatile.Write(ref owner._scope, scope.Grown(selected));
            observer.OnNext(selected);
            owner.Refresh();
        }

        public void OnError(Exception error) => observer.OnError(error);

        public void OnCompleted() => observer.OnCompleted();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A followed neighbourhood could not be recomputed ({Reason}); the previous one stays.")]
    private static partial void LogRefreshFailed(ILogger logger, string reason);
}
