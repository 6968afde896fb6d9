using System.Buffers.Binary;
using System.Text;
using static KnowledgeGraph.Bolt.Internal.IO.PackStreamMarker;

namespace KnowledgeGraph.Bolt.Internal.IO;

/// <summary>
/// The one PackStream decoder: reads values from one complete message held in memory.
/// Every malformed input ends in a <see cref="ProtocolException"/>.
/// </summary>
internal sealed class PackStreamReader(PackStreamFormat format)
{
    private const int MaxDepth = 256;
    private byte[] _buffer = [];
    private int _position;
    private int _end;
    private int _depth;

    public PackStreamFormat Format { get; set; } = format;

    public bool HasRemaining => _position < _end;

    public void Reset(byte[] buffer, int offset, int count)
    {
        _buffer = buffer;
        _position = offset;
        _end = offset + count;
        _depth = 0;
    }

    public object? Read()
    {
        var marker = ReadByte();
        var high = marker & 0xF0;
        if (marker < 0x80) return (long)marker;
        if (high == 0xF0) return (long)unchecked((sbyte)marker);
        if (high == TinyString) return ReadUtf8(marker & 0x0F);
        if (high == TinyList) return ReadListBody(marker & 0x0F);
        if (high == TinyMap) return ReadMapBody(marker & 0x0F);
        if (high == TinyStruct) return ReadStructBody(marker & 0x0F);
        return marker switch
        {
            Null => null,
            True => true,
            False => false,
            Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            Integer8 => (long)unchecked((sbyte)ReadByte()),
            Integer16 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            Integer32 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            Integer64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            Bytes8 or Bytes16 or Bytes32 => Take(ReadSize(marker - Bytes8)).ToArray(),
            String8 or String16 or String32 => ReadUtf8(ReadSize(marker - String8)),
            List8 or List16 or List32 => ReadListBody(ReadSize(marker - List8)),
            Map8 or Map16 or Map32 => ReadMapBody(ReadSize(marker - Map8)),
            Struct8 or Struct16 => ReadStructBody(ReadSize(marker - Struct8)),
            _ => throw new ProtocolException($"PackStream: unknown marker 0x{marker:X2}."),
        };
    }

    /// <summary>Reads a structure header and returns its field count.</summary>
    public int ReadStructHeader(out byte tag)
    {
        var marker = ReadByte();
        int size;
        if ((marker & 0xF0) == TinyStruct) size = marker & 0x0F;
        else if (marker is Struct8 or Struct16) size = ReadSize(marker - Struct8);
        else throw new ProtocolException($"PackStream: expected a structure, found marker 0x{marker:X2}.");
        tag = ReadByte();
        return size;
    }

    public long ReadInteger() => Read() is long value ? value : throw Unexpected("an integer");

    public double ReadFloat() => Read() is double value ? value : throw Unexpected("a float");

    public string ReadString() => Read() is string value ? value : throw Unexpected("a string");

    public IReadOnlyList<object?> ReadList() => Read() is IReadOnlyList<object?> value ? value : throw Unexpected("a list");

    public IReadOnlyDictionary<string, object?> ReadMap() =>
        Read() is IReadOnlyDictionary<string, object?> value ? value : throw Unexpected("a map");

    public T ReadValue<T>(string what) => Read() is T value ? value : throw Unexpected(what);

    private static ProtocolException Unexpected(string what) => new($"PackStream: expected {what}.");

    private object?[] ReadListBody(int size)
    {
        EnsureAvailable(size);
        Enter();
        var list = new object?[size];
        for (var i = 0; i < size; i++) list[i] = Read();
        _depth--;
        return list;
    }

    private Dictionary<string, object?> ReadMapBody(int size)
    {
        EnsureAvailable(size * 2);
        Enter();
        var map = new Dictionary<string, object?>(size);
        for (var i = 0; i < size; i++)
        {
            var key = Read() as string ?? throw new ProtocolException("PackStream: map keys must be strings.");
            map[key] = Read();
        }
        _depth--;
        return map;
    }

    private object ReadStructBody(int size)
    {
        var tag = ReadByte();
        EnsureAvailable(size);
        if (!Format.Serializers.TryGetReader(tag, out var serializer))
            throw new ProtocolException($"PackStream: unknown structure tag 0x{tag:X2}.");
        Enter();
        var value = serializer.Read(this, tag, size);
        _depth--;
        return value;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth) throw new ProtocolException($"PackStream: values nested deeper than {MaxDepth} levels.");
    }

    private string ReadUtf8(int length)
    {
        try
        {
            return StrictUtf8.GetString(Take(length));
        }
        catch (DecoderFallbackException e)
        {
            throw new ProtocolException("PackStream: a string is not valid UTF-8.", e);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the 1-, 2- or 4-byte size that follows a sized marker (width index 0, 1, 2).</summary>
    private int ReadSize(int widthIndex)
    {
        long size = widthIndex switch
        {
            0 => ReadByte(),
            1 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            2 => BinaryPrimitives.ReadUInt32BigEndian(Take(4)),
            _ => throw new ProtocolException("PackStream: unknown size width."),
        };
        if (size > _end - _position) throw Truncated();
        return (int)size;
    }

    /// <summary>Each element needs at least one byte: rejects sizes the message cannot hold before allocating.</summary>
    private void EnsureAvailable(long minimumBytes)
    {
        if (minimumBytes > _end - _position) throw Truncated();
    }

    private byte ReadByte() => _position < _end ? _buffer[_position++] : throw Truncated();

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _end - _position) throw Truncated();
        var span = _buffer.AsSpan(_position, count);
        _position += count;
        return span;
    }

    private static ProtocolException Truncated() => new("PackStream: unexpected end of data.");
}
