namespace KnowledgeGraph.Api.Subscriptions.Changes;

/// <summary>
/// The changes of this process, as one observable: every committed write (made here, or relayed from another
/// instance) is handed to every current observer, in commit order per instance. Observers must be quick: the hub
/// calls them on the publisher's thread (the transports queue what they send).
/// </summary>
public sealed partial class GraphChangeHub(ILogger<GraphChangeHub> logger) : IObservable<GraphChange>
{
    private readonly Lock _gate = new();
    private readonly Lock _publishing = new();
    private IObserver<GraphChange>[] _observers = [];
    private bool _completed;

    /// <summary>Whether anyone here listens (a write with no listener anywhere need not describe itself).</summary>
    public bool HasObservers => Volatile.Read(ref _observers).Length > 0;

    public int ObserverCount => Volatile.Read(ref _observers).Length;

    public IDisposable Subscribe(IObserver<GraphChange> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (_gate)
        {
            if (_completed)
            {
                observer.OnCompleted();
                return Unsubscriber.None;
            }

            _observers = [.. _observers, observer];
        }

        return new Unsubscriber(this, observer);
    }

    /// <summary>Hands the change to every observer; concurrent publishers take turns (an observer never sees two changes at once).</summary>
    public void Publish(GraphChange change)
    {
        lock (_publishing)
            PublishOneByOne(change);
    }

    private void PublishOneByOne(GraphChange change)
    {
        foreach (var observer in Volatile.Read(ref _observers))
        {
            try
            {
                observer.OnNext(change);
            }
            catch (Exception e)
            {
                LogObserverFailed(logger, e);
            }
        }
    }

    /// <summary>Ends every stream (shutdown): observers complete, later subscribers complete at once.</summary>
    public void Complete()
    {
        IObserver<GraphChange>[] observers;
        lock (_gate)
        {
            _completed = true;
            observers = _observers;
            _observers = [];
        }

        lock (_publishing)
            CompleteOneByOne(observers);
    }

    private void CompleteOneByOne(IObserver<GraphChange>[] observers)
    {
        foreach (var observer in observers)
        {
            try
            {
                observer.OnCompleted();
            }
            catch (Exception e)
            {
                LogObserverFailed(logger, e);
            }
        }
    }

    private void Remove(IObserver<GraphChange> observer)
    {
        lock (_gate)
            _observers = [.. _observers.Where(o => !ReferenceEquals(o, observer))];
    }

    private sealed class Unsubscriber(GraphChangeHub? hub, IObserver<GraphChange>? observer) : IDisposable
    {
        public static readonly Unsubscriber None = new(null, null);

        private int _disposed;

        public void Dispose()
        {
            if (hub is not null && observer is not null && Interlocked.Exchange(ref _disposed, 1) == 0)
                hub.Remove(observer);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A graph change observer failed; the others still got the change.")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception);
}
