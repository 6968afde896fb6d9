using System.Buffers.Binary;

namespace KnowledgeGraph.Bolt.Internal.IO;

/// <summary>Reads chunks from the stream and joins them into whole messages; empty messages (NOOP keep-alives) are skipped.</summary>
internal sealed class ChunkReader(Stream stream, int maxMessageBytes = 256 * 1024 * 1024)
{
    private readonly byte[] _input = new byte[64 * 1024];
    private int _start;
    private int _end;
    private byte[] _message = new byte[8192];

    /// <summary>Returns the next message; its bytes stay valid until the next call.</summary>
    public async ValueTask<ArraySegment<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (_end - _start < 2) await FillAsync(2, cancellationToken).ConfigureAwait(false);
            int size = BinaryPrimitives.ReadUInt16BigEndian(_input.AsSpan(_start, 2));
            _start += 2;
            if (size == 0)
            {
                if (length > 0) return new ArraySegment<byte>(_message, 0, length);
                continue;
            }
            if (length + size > maxMessageBytes) throw new ProtocolException($"Bolt: message larger than {maxMessageBytes} bytes.");
            if (_message.Length < length + size) Array.Resize(ref _message, Math.Max(_message.Length * 2, length + size));
            while (size > 0)
            {
                if (_end == _start) await FillAsync(1, cancellationToken).ConfigureAwait(false);
                var take = Math.Min(size, _end - _start);
                _input.AsSpan(_start, take).CopyTo(_message.AsSpan(length));
                _start += take;
                length += take;
                size -= take;
            }
        }
    }

    private async ValueTask FillAsync(int minimum, CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _input.AsSpan(_start, _end - _start).CopyTo(_input);
            _end -= _start;
            _start = 0;
        }
        while (_end < minimum)
        {
            var read = await stream.ReadAsync(_input.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0) throw new ServiceUnavailableException("Bolt: the server closed the connection.");
            _end += read;
        }
    }
}
