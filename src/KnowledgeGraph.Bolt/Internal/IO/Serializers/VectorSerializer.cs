using System.Buffers.Binary;

namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>
/// Vector 'V' (Bolt 6.0): type_marker::Bytes (one PackStream marker: C8 int8, C9 int16, CA int32, CB int64, C6 float32,
/// C1 float64) and data::Bytes (the elements, big-endian, back to back).
/// </summary>
internal sealed class VectorSerializer : IStructSerializer
{
    public const byte Tag = 0x56;
    private const byte Int8 = 0xC8, Int16 = 0xC9, Int32 = 0xCA, Int64 = 0xCB, Float32 = 0xC6, Float64 = 0xC1;

    public IReadOnlyList<byte> Tags => [Tag];

    public IReadOnlyList<Type> Types => [typeof(Vector)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        if (!reader.Format.Vectors) throw new ProtocolException("PackStream: a Vector structure before Bolt 6.0.");
        StructFields.Expect(tag, fieldCount, 2);
        var marker = reader.ReadValue<byte[]>("a vector's type marker (bytes)");
        var data = reader.ReadValue<byte[]>("a vector's data (bytes)");
        if (marker.Length != 1) throw new ProtocolException("PackStream: a vector's type marker must be one byte.");
        var size = marker[0] switch
        {
            Int8 => 1,
            Int16 => 2,
            Int32 or Float32 => 4,
            Int64 or Float64 => 8,
            _ => throw new ProtocolException($"PackStream: unknown vector type marker 0x{marker[0]:X2}."),
        };
        if (data.Length % size != 0) throw new ProtocolException("PackStream: a vector's data is not a whole number of elements.");
        var count = data.Length / size;
        return marker[0] switch
        {
            Int8 => new Vector(Array.ConvertAll(data, b => unchecked((sbyte)b))),
            Int16 => new Vector(Decode(count, i => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(i * 2)))),
            Int32 => new Vector(Decode(count, i => BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(i * 4)))),
            Int64 => new Vector(Decode(count, i => BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(i * 8)))),
            Float32 => new Vector(Decode(count, i => BinaryPrimitives.ReadSingleBigEndian(data.AsSpan(i * 4)))),
            _ => new Vector(Decode(count, i => BinaryPrimitives.ReadDoubleBigEndian(data.AsSpan(i * 8)))),
        };
    }

    public void Write(PackStreamWriter writer, object value)
    {
        if (!writer.Format.Vectors) throw new ClientException("Vector values need Bolt 6.0 or later (Neo4j 2025.08+).");
        var vector = (Vector)value;
        var (marker, size) = vector.ElementType switch
        {
            VectorElementType.Int8 => (Int8, 1),
            VectorElementType.Int16 => (Int16, 2),
            VectorElementType.Int32 => (Int32, 4),
            VectorElementType.Int64 => (Int64, 8),
            VectorElementType.Float32 => (Float32, 4),
            _ => (Float64, 8),
        };
        var data = new byte[vector.Length * size];
        for (var i = 0; i < vector.Length; i++)
        {
            var slot = data.AsSpan(i * size, size);
            switch (vector.Values)
            {
                case sbyte[] b: slot[0] = unchecked((byte)b[i]); break;
                case short[] s: BinaryPrimitives.WriteInt16BigEndian(slot, s[i]); break;
                case int[] n: BinaryPrimitives.WriteInt32BigEndian(slot, n[i]); break;
                case long[] l: BinaryPrimitives.WriteInt64BigEndian(slot, l[i]); break;
                case float[] f: BinaryPrimitives.WriteSingleBigEndian(slot, f[i]); break;
                case double[] d: BinaryPrimitives.WriteDoubleBigEndian(slot, d[i]); break;
            }
        }
        writer.WriteStructHeader(2, Tag);
        writer.WriteBytes([marker]);
        writer.WriteBytes(data);
    }

    private static T[] Decode<T>(int count, Func<int, T> read)
    {
        var values = new T[count];
        for (var i = 0; i < count; i++) values[i] = read(i);
        return values;
    }
}
