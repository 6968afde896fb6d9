namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>Duration 'E': months, days, seconds, nanoseconds. A <see cref="TimeSpan"/> is sent as seconds + nanoseconds.</summary>
internal sealed class DurationSerializer : IStructSerializer
{
    public const byte Tag = 0x45;

    public IReadOnlyList<byte> Tags => [Tag];

    public IReadOnlyList<Type> Types => [typeof(Duration), typeof(TimeSpan)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, 4);
        var months = reader.ReadInteger();
        var days = reader.ReadInteger();
        var seconds = reader.ReadInteger();
        var nanos = reader.ReadInteger();
        return new Duration(months, days, seconds, StructFields.Convert(() => checked((int)nanos), "a duration's nanoseconds"));
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var duration = value is TimeSpan span ? FromTimeSpan(span) : (Duration)value;
        writer.WriteStructHeader(4, Tag);
        writer.WriteInteger(duration.Months);
        writer.WriteInteger(duration.Days);
        writer.WriteInteger(duration.Seconds);
        writer.WriteInteger(duration.Nanoseconds);
    }

    private static Duration FromTimeSpan(TimeSpan span)
    {
        var seconds = Math.DivRem(span.Ticks, TimeSpan.TicksPerSecond, out var remainder);
        return new Duration(0, 0, seconds, (int)(remainder * TemporalMath.NanosPerTick));
    }
}
