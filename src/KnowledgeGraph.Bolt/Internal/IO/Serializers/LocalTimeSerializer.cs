namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>LocalTime 't': nanoseconds since midnight, as <see cref="TimeOnly"/>.</summary>
internal sealed class LocalTimeSerializer : IStructSerializer
{
    public const byte Tag = 0x74;

    public IReadOnlyList<byte> Tags => [Tag];

    public IReadOnlyList<Type> Types => [typeof(TimeOnly)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, 1);
        return TemporalMath.TimeFromNanos(reader.ReadInteger());
    }

    public void Write(PackStreamWriter writer, object value)
    {
        writer.WriteStructHeader(1, Tag);
        writer.WriteInteger(TemporalMath.Nanos((TimeOnly)value));
    }
}
