namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>LocalDateTime 'd': seconds and nanoseconds since the epoch, read as a <see cref="DateTime"/> of unspecified kind.</summary>
internal sealed class LocalDateTimeSerializer : IStructSerializer
{
    public const byte Tag = 0x64;

    public IReadOnlyList<byte> Tags => [Tag];

    public IReadOnlyList<Type> Types => [typeof(DateTime)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, 2);
        var seconds = reader.ReadInteger();
        return TemporalMath.LocalFromEpoch(seconds, reader.ReadInteger());
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var (seconds, nanos) = TemporalMath.ToEpoch((DateTime)value);
        writer.WriteStructHeader(2, Tag);
        writer.WriteInteger(seconds);
        writer.WriteInteger(nanos);
    }
}
