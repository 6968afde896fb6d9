using System.Buffers.Binary;
using System.Collections;
using System.Text;
using static KnowledgeGraph.Bolt.Internal.IO.PackStreamMarker;

namespace KnowledgeGraph.Bolt.Internal.IO;

/// <summary>The one PackStream encoder: writes values into a growable buffer.</summary>
internal sealed class PackStreamWriter(PackStreamFormat format, int initialCapacity = 256)
{
    private byte[] _buffer = new byte[initialCapacity];
    private int _length;

    public PackStreamFormat Format { get; set; } = format;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public void Reset() => _length = 0;

    public void WriteNull() => WriteByte(Null);

    public void WriteBoolean(bool value) => WriteByte(value ? True : False);

    public void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127) WriteByte(unchecked((byte)value));
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue) { WriteByte(Integer8); WriteByte(unchecked((byte)value)); }
        else if (value is >= short.MinValue and <= short.MaxValue) { WriteByte(Integer16); BinaryPrimitives.WriteInt16BigEndian(Grow(2), (short)value); }
        else if (value is >= int.MinValue and <= int.MaxValue) { WriteByte(Integer32); BinaryPrimitives.WriteInt32BigEndian(Grow(4), (int)value); }
        else { WriteByte(Integer64); BinaryPrimitives.WriteInt64BigEndian(Grow(8), value); }
    }

    public void WriteFloat(double value)
    {
        WriteByte(Float64);
        BinaryPrimitives.WriteDoubleBigEndian(Grow(8), value);
    }

    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteSizeMarker(byteCount, TinyString, String8, String16, String32);
        Encoding.UTF8.GetBytes(value, Grow(byteCount));
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        if (value.Length <= byte.MaxValue) { WriteByte(Bytes8); WriteByte((byte)value.Length); }
        else if (value.Length <= ushort.MaxValue) { WriteByte(Bytes16); BinaryPrimitives.WriteUInt16BigEndian(Grow(2), (ushort)value.Length); }
        else { WriteByte(Bytes32); BinaryPrimitives.WriteInt32BigEndian(Grow(4), value.Length); }
        value.CopyTo(Grow(value.Length));
    }

    public void WriteListHeader(int size) => WriteSizeMarker(size, TinyList, List8, List16, List32);

    public void WriteMapHeader(int size) => WriteSizeMarker(size, TinyMap, Map8, Map16, Map32);

    public void WriteStructHeader(int fields, byte tag)
    {
        if (fields is < 0 or > 15) throw new ArgumentOutOfRangeException(nameof(fields), "Structures hold at most 15 fields.");
        WriteByte((byte)(TinyStruct | fields));
        WriteByte(tag);
    }

    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        WriteMapHeader(map.Count);
        foreach (var (key, value) in map)
        {
            WriteString(key);
            Write(value);
        }
    }

    public void WriteList<T>(IReadOnlyList<T> list)
    {
        WriteListHeader(list.Count);
        foreach (var item in list) Write(item);
    }

    /// <summary>Writes any supported .NET value, choosing its PackStream type.</summary>
    public void Write(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: WriteBoolean(b); break;
            case long l: WriteInteger(l); break;
            case int i: WriteInteger(i); break;
            case short s: WriteInteger(s); break;
            case sbyte sb: WriteInteger(sb); break;
            case byte by: WriteInteger(by); break;
            case ushort us: WriteInteger(us); break;
            case uint ui: WriteInteger(ui); break;
            case ulong ul when ul <= long.MaxValue: WriteInteger((long)ul); break;
            case double d: WriteFloat(d); break;
            case float f: WriteFloat(f); break;
            case decimal m: WriteFloat((double)m); break;
            case string str: WriteString(str); break;
            case char c: WriteString(c.ToString()); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case ReadOnlyMemory<byte> memory: WriteBytes(memory.Span); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(map); break;
            case IDictionary dictionary: WriteDictionary(dictionary); break;
            default:
                if (Format.Serializers.TryGetWriter(value.GetType(), out var serializer)) serializer.Write(this, value);
                else if (value is IEnumerable enumerable) WriteEnumerable(enumerable);
                else throw new ArgumentException($"Values of type {value.GetType()} cannot be sent over Bolt.", nameof(value));
                break;
        }
    }

    private void WriteDictionary(IDictionary dictionary)
    {
        WriteMapHeader(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            WriteString(entry.Key as string ?? throw new ArgumentException("Map keys must be strings.", nameof(dictionary)));
            Write(entry.Value);
        }
    }

    private void WriteEnumerable(IEnumerable enumerable)
    {
        var items = enumerable.Cast<object?>().ToList();
        WriteListHeader(items.Count);
        foreach (var item in items) Write(item);
    }

    private void WriteSizeMarker(int size, byte tiny, byte m8, byte m16, byte m32)
    {
        if (size < 16) WriteByte((byte)(tiny | size));
        else if (size <= byte.MaxValue) { WriteByte(m8); WriteByte((byte)size); }
        else if (size <= ushort.MaxValue) { WriteByte(m16); BinaryPrimitives.WriteUInt16BigEndian(Grow(2), (ushort)size); }
        else { WriteByte(m32); BinaryPrimitives.WriteInt32BigEndian(Grow(4), size); }
    }

    private void WriteByte(byte value) => Grow(1)[0] = value;

    private Span<byte> Grow(int count)
    {
        if (_length + count > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
