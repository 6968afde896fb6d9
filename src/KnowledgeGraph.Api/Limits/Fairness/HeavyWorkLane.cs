using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits.Fairness;

/// <summary>
/// Runs the CPU-heavy work of the analytics (graph-wide scores, communities, networks, paths and neighbourhoods) on
/// <see cref="LimitsOptions.HeavyWorkThreads"/> threads of its own, one piece at a time each, oldest first; by default
/// one core fewer than the machine has. However many analytics a client asks for at once, they queue here, and a core
/// stays free for the ordinary requests (a short query does not wait behind a betweenness computation:
/// <c>benchmarks/hostile</c>, kind "valid query"). Work whose token is cancelled before it starts never runs; once
/// started it runs to its end (the graph algorithms are not cancellable) and its task ends with its result, so that a
/// result shared by several callers is not lost when one leaves; a caller stops waiting with <c>WaitAsync</c>.
/// </summary>
public sealed class HeavyWorkLane : IDisposable
{
    private readonly BlockingCollection<IQueuedWork> _queue = [];
    private readonly Thread[] _threads;
    private int _running;

    public HeavyWorkLane(IOptions<LimitsOptions> options)
    {
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
    /// Queues <paramref name="work"/>; the task ends with its result or its exception, or is cancelled if
    /// <paramref name="cancellationToken"/> is cancelled before the work starts (the work is then dropped).
    /// </summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
            return Task.FromCanceled<T>(cancellationToken);
        var queued = new QueuedWork<T>(work, cancellationToken);
        _queue.Add(queued, CancellationToken.None);
        return queued.Task;
    }

    private void Drain()
    {
        foreach (var work in _queue.GetConsumingEnumerable())
        {
            Interlocked.Increment(ref _running);
            try
            {
                work.Run();
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads)
            thread.Join(TimeSpan.FromSeconds(5));
        _queue.Dispose();
    }

    private interface IQueuedWork
    {
        void Run();
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

        public void Run()
        {
            // Once disposed, the registration no longer cancels the task (and a callback under way has ended).
            _registration.Dispose();
            if (_completion.Task.IsCompleted || _cancellationToken.IsCancellationRequested)
            {
                _completion.TrySetCanceled(_cancellationToken);
                return;
            }

            try
            {
                _completion.TrySetResult(_work());
            }
            catch (Exception e)
            {
                _completion.TrySetException(e);
            }
        }

        /// <summary>Before the work starts: its task is cancelled at once, and the work is dropped when its turn comes.</summary>
        private void Cancel() => _completion.TrySetCanceled(_cancellationToken);
    }
}
