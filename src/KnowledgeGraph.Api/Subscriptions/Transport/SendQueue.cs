using System.Threading.Channels;

namespace KnowledgeGraph.Api.Subscriptions.Transport;

/// <summary>
/// What a connection has to send, in order, written by one loop. Bounded: when a reader is slower than the changes,
/// the oldest waiting results are dropped (a later event still says what changed, and a refetch sees all of it).
/// </summary>
internal sealed class SendQueue<T>(int capacity)
{
    private readonly Channel<T> _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(Math.Max(1, capacity))
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
        SingleWriter = false,
    });

    public void Enqueue(T item) => _channel.Writer.TryWrite(item);

    /// <summary>No more items after those queued.</summary>
    public void Close() => _channel.Writer.TryComplete();

    public ChannelReader<T> Reader => _channel.Reader;
}
