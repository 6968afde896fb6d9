namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>
/// DateTime in a named zone, as <see cref="ZonedDateTime"/>: legacy 'f' carries local seconds, 'i' (4.4 "utc"
/// patch, 5.0+) carries UTC seconds.
/// </summary>
internal sealed class DateTimeZoneIdSerializer : IStructSerializer
{
    public const byte LegacyTag = 0x66;
    public const byte UtcTag = 0x69;

    public IReadOnlyList<byte> Tags => [LegacyTag, UtcTag];

    public IReadOnlyList<Type> Types => [typeof(ZonedDateTime)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, 3);
        var seconds = reader.ReadInteger();
        var nanos = reader.ReadInteger();
        var zoneId = reader.ReadString();
        var dateTime = TemporalMath.LocalFromEpoch(seconds, nanos);
        var zone = FindZone(zoneId);
        if (tag == UtcTag)
        {
            var offset = zone?.GetUtcOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)) ?? TimeSpan.Zero;
            return new ZonedDateTime(StructFields.Convert(() => dateTime + offset, "a date-time"), offset, zoneId);
        }
        return new ZonedDateTime(dateTime, zone?.GetUtcOffset(dateTime) ?? TimeSpan.Zero, zoneId);
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var zoned = (ZonedDateTime)value;
        var utc = writer.Format.UtcDateTime;
        var (seconds, nanos) = TemporalMath.ToEpoch(utc ? zoned.LocalDateTime - zoned.Offset : zoned.LocalDateTime);
        writer.WriteStructHeader(3, utc ? UtcTag : LegacyTag);
        writer.WriteInteger(seconds);
        writer.WriteInteger(nanos);
        writer.WriteString(zoned.ZoneId);
    }

    private static TimeZoneInfo? FindZone(string zoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? zone : null;
}
