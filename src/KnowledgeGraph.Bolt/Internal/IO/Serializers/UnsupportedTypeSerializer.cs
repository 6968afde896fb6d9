namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>
/// UnsupportedType '?' (Bolt 6.0): name::String, minimum_protocol_major::Integer, minimum_protocol_minor::Integer,
/// extra::Dictionary(message::String). Only ever received.
/// </summary>
internal sealed class UnsupportedTypeSerializer : IStructSerializer
{
    public const byte Tag = 0x3F;

    public IReadOnlyList<byte> Tags => [Tag];

    public IReadOnlyList<Type> Types => [typeof(UnsupportedType)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        if (!reader.Format.Vectors) throw new ProtocolException("PackStream: an UnsupportedType structure before Bolt 6.0.");
        StructFields.Expect(tag, fieldCount, 4);
        var name = reader.ReadString();
        var major = StructFields.Convert(() => checked((int)reader.ReadInteger()), "a protocol major version");
        var minor = StructFields.Convert(() => checked((int)reader.ReadInteger()), "a protocol minor version");
        var extra = reader.ReadMap();
        return new UnsupportedType(name, new BoltProtocolVersion(major, minor), extra.GetValueOrDefault("message") as string);
    }

    public void Write(PackStreamWriter writer, object value) =>
        throw new ClientException("An UnsupportedType value is what the server could not send; it cannot be sent back.");
}
