namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>Time 'T': nanoseconds since local midnight and the offset in seconds, as <see cref="OffsetTime"/>.</summary>
internal sealed class TimeSerializer : IStructSerializer
{
    public const byte Tag = 0x54;

    public IReadOnlyList<byte> Tags => [Tag];

    public IReadOnlyList<Type> Types => [typeof(OffsetTime)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, 2);
        var time = TemporalMath.TimeFromNanos(reader.ReadInteger());
        return new OffsetTime(time, TemporalMath.Offset(reader.ReadInteger()));
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var time = (OffsetTime)value;
        writer.WriteStructHeader(2, Tag);
        writer.WriteInteger(TemporalMath.Nanos(time.Time));
        writer.WriteInteger((long)time.Offset.TotalSeconds);
    }
}
