using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits.Fairness;

/// <summary>
/// Runs the CPU-heavy work of the analytics (graph-wide scores, communities, networks, paths and neighbourhoods) on
/// <see cref="LimitsOptions.HeavyWorkThreads"/> threads of its own, one piece at a time each; by default one core fewer
/// than the machine has. However many analytics a client asks for at once, they queue here, and a core stays free for
/// the ordinary requests (a short query does not wait behind a betweenness computation: <c>benchmarks/hostile</c>, kind
/// "valid query"). The queue serves the clients in turn, each client's pieces oldest first
/// (<see cref="RoundRobinQueue{T}"/>; a client as the rate limiter counts it, <see cref="HeavyWorkClient"/>): a client
/// with many analytics requests running makes another client's one question wait for one of them, not for all.
/// Work whose token is cancelled before it starts never runs; once
/// started it runs to its end (the graph algorithms are not cancellable) and its task ends with its result, so that a
/// result shared by several callers is not lost when one leaves; a caller stops waiting with <c>WaitAsync</c>.
/// <para>
/// The lane's threads run at a lower priority (<see cref="LimitsOptions.HeavyWorkNice"/>): they take the cores that
/// ordinary requests leave idle, and yield them when a request needs one. A thread started by a thread inherits its
/// priority, so the lane's threads hand their results to a thread of normal priority, which completes the callers'
/// tasks: were a lane thread to queue the callers' continuations itself, the thread pool could start a new worker
/// from it, and that worker would serve ordinary requests at the lane's priority for its life.
/// </para>
/// </summary>
public sealed partial class HeavyWorkLane : IDisposable
{
    /// <summary>The owner of work queued outside a request (start-up, tests).</summary>
    public const string NoClient = "";

    private readonly RoundRobinQueue<IQueuedWork> _queue = new();
    private readonly BlockingCollection<Action> _completions = [];
    private readonly Thread[] _threads;
    private readonly Thread _completer;
    private readonly int _nice;
    private readonly ILogger<HeavyWorkLane> _logger;
    private int _running;

    public HeavyWorkLane(IOptions<LimitsOptions> options, ILogger<HeavyWorkLane>? logger = null)
    {
        _nice = options.Value.HeavyWorkNice;
        _logger = logger ?? NullLogger<HeavyWorkLane>.Instance;
        _completer = new Thread(Complete) { IsBackground = true, Name = "Heavy work done" };
        _completer.Start();
        _threads = new Thread[Math.Max(1, options.Value.HeavyWorkThreads)];
        for (var i = 0; i < _threads.Length; i++)
        {
            _threads[i] = new Thread(Drain) { IsBackground = true, Name = $"Heavy work {i + 1}" };
            _threads[i].Start();
        }
    }

    /// <summary>How many threads run the work.</summary>
    public int Threads => _threads.Length;

    /// <summary>Pieces of work waiting for a thread (some may be cancelled and not yet dropped).</summary>
    public int Queued => _queue.Count;

    /// <summary>Pieces of work running now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>
    /// Queues <paramref name="work"/> as the work of the client whose request is running (<see cref="HeavyWorkClient"/>;
    /// see <see cref="RunAsync{T}(Func{T}, string, CancellationToken)"/>).
    /// </summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken) =>
        RunAsync(work, HeavyWorkClient.Current, cancellationToken);

    /// <summary>
    /// Queues <paramref name="work"/> behind the other pieces of <paramref name="client"/>; the task ends with its result
    /// or its exception, or is cancelled if <paramref name="cancellationToken"/> is cancelled before the work starts (the
    /// work is then dropped).
    /// </summary>
    public Task<T> RunAsync<T>(Func<T> work, string client, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
            return Task.FromCanceled<T>(cancellationToken);
        var queued = new QueuedWork<T>(work, cancellationToken);
        _queue.Add(client, queued);
        return queued.Task;
    }

    private void Drain()
    {
        if (_nice > 0)
        {
            var problem = ThreadNiceness.TryLowerCurrentThread(_nice);
            if (problem is null)
                LogLowered(_logger, Thread.CurrentThread.Name, _nice);
            else
                LogNotLowered(_logger, Thread.CurrentThread.Name, _nice, problem);
        }

        while (_queue.TryTake(out var work))
        {
            Interlocked.Increment(ref _running);
            try
            {
                Hand(work.Run());
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }

    private void Hand(Action completion)
    {
        try
        {
            _completions.Add(completion, CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            completion(); // the lane is being disposed and its completing thread has stopped
        }
    }

    private void Complete()
    {
        foreach (var completion in _completions.GetConsumingEnumerable())
            completion();
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads)
            thread.Join(TimeSpan.FromSeconds(5));
        _completions.CompleteAdding();
        _completer.Join(TimeSpan.FromSeconds(5));
        _completions.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Thread} runs at nice {Nice}.")]
    private static partial void LogLowered(ILogger logger, string? thread, int nice);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Thread} could not be given nice {Nice} ({Problem}); it runs at the priority of ordinary requests.")]
    private static partial void LogNotLowered(ILogger logger, string? thread, int nice, string problem);

    private interface IQueuedWork
    {
        /// <summary>Runs the work (unless cancelled) and returns what completes the caller's task.</summary>
        Action Run();
    }

    private sealed class QueuedWork<T> : IQueuedWork
    {
        private readonly Func<T> _work;
        private readonly CancellationToken _cancellationToken;
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenRegistration _registration;

        public QueuedWork(Func<T> work, CancellationToken cancellationToken)
        {
            _work = work;
            _cancellationToken = cancellationToken;
            _registration = cancellationToken.Register(static state => ((QueuedWork<T>)state!).Cancel(), this);
        }

        public Task<T> Task => _completion.Task;

        public Action Run()
        {
            // Once disposed, the registration no longer cancels the task (and a callback under way has ended).
            _registration.Dispose();
            if (_completion.Task.IsCompleted || _cancellationToken.IsCancellationRequested)
                return () => _completion.TrySetCanceled(_cancellationToken);

            try
            {
                var result = _work();
                return () => _completion.TrySetResult(result);
            }
            catch (Exception e)
            {
                return () => _completion.TrySetException(e);
            }
        }

        /// <summary>Before the work starts: its task is cancelled at once, and the work is dropped when its turn comes.</summary>
        private void Cancel() => _completion.TrySetCanceled(_cancellationToken);
    }
}
