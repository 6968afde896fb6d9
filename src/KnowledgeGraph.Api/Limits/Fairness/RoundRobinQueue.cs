using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Api.Limits.Fairness;

/// <summary>
/// A blocking queue that serves its owners in turn: each owner's items in the order they came, one item per owner per
/// round. An owner who queues a hundred items makes another owner's single item wait for one of them, not for all.
/// After <see cref="CompleteAdding"/>, takers still receive what is queued, then <see cref="TryTake"/> returns false.
/// </summary>
internal sealed class RoundRobinQueue<T>
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<T>> _byOwner = new(StringComparer.Ordinal);
    private readonly Queue<string> _turns = new(); // the owners with queued items, the next to be served first
    private int _count;
    private bool _completed;

    /// <summary>Items queued, all owners together.</summary>
    public int Count => Volatile.Read(ref _count);

    public void Add(string owner, T item)
    {
        lock (_gate)
        {
            if (_completed)
                throw new InvalidOperationException("The queue takes no more items.");
            if (!_byOwner.TryGetValue(owner, out var items))
            {
                items = new Queue<T>();
                _byOwner.Add(owner, items);
                _turns.Enqueue(owner);
            }

            items.Enqueue(item);
            _count++;
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>Waits for an item: the oldest of the owner whose turn it is. False once completed and empty.</summary>
    public bool TryTake([MaybeNullWhen(false)] out T item)
    {
        lock (_gate)
        {
            while (_turns.Count == 0)
            {
                if (_completed)
                {
                    item = default;
                    return false;
                }

                Monitor.Wait(_gate);
            }

            var owner = _turns.Dequeue();
            var items = _byOwner[owner];
            item = items.Dequeue();
            _count--;
            if (items.Count == 0)
                _byOwner.Remove(owner);
            else
                _turns.Enqueue(owner);
            return true;
        }
    }

    public void CompleteAdding()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }
}
