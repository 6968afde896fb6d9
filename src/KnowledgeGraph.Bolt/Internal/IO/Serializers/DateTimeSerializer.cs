namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>
/// DateTime with an offset, as <see cref="DateTimeOffset"/>: legacy 'F' carries local seconds, 'I' (4.4 "utc" patch,
/// 5.0+) carries UTC seconds. Both are read; the writer picks by the negotiated format.
/// </summary>
internal sealed class DateTimeSerializer : IStructSerializer
{
    public const byte LegacyTag = 0x46;
    public const byte UtcTag = 0x49;

    public IReadOnlyList<byte> Tags => [LegacyTag, UtcTag];

    public IReadOnlyList<Type> Types => [typeof(DateTimeOffset)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, 3);
        var seconds = reader.ReadInteger();
        var nanos = reader.ReadInteger();
        var offset = TemporalMath.Offset(reader.ReadInteger());
        var local = tag == UtcTag
            ? TemporalMath.LocalFromEpoch(seconds, nanos) + offset
            : TemporalMath.LocalFromEpoch(seconds, nanos);
        return StructFields.Convert(() => new DateTimeOffset(local, offset), "a date-time offset");
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var dateTime = (DateTimeOffset)value;
        var utc = writer.Format.UtcDateTime;
        var (seconds, nanos) = TemporalMath.ToEpoch(utc ? dateTime.UtcDateTime : dateTime.DateTime);
        writer.WriteStructHeader(3, utc ? UtcTag : LegacyTag);
        writer.WriteInteger(seconds);
        writer.WriteInteger(nanos);
        writer.WriteInteger((long)dateTime.Offset.TotalSeconds);
    }
}
