using System.Buffers.Binary;

namespace KnowledgeGraph.Bolt.Internal.IO;

/// <summary>Splits messages into chunks (2-byte size, at most 65,535 bytes each, then a 0x0000 end marker) and buffers them until flushed.</summary>
internal sealed class ChunkWriter
{
    public const int MaxChunkSize = ushort.MaxValue;
    private byte[] _buffer = new byte[8192];
    private int _length;

    public int BufferedBytes => _length;

    public void WriteMessage(ReadOnlySpan<byte> message)
    {
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, MaxChunkSize);
            BinaryPrimitives.WriteUInt16BigEndian(Grow(2), (ushort)size);
            message[..size].CopyTo(Grow(size));
            message = message[size..];
        }
        Grow(2).Clear();
    }

    public async ValueTask FlushAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (_length == 0) return;
        var count = _length;
        _length = 0;
        await stream.WriteAsync(_buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private Span<byte> Grow(int count)
    {
        if (_length + count > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
