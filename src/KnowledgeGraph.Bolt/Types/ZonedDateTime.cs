namespace KnowledgeGraph.Bolt;

/// <summary>
/// A date-time in a named time zone (Cypher <c>DATETIME</c> with a zone id).
/// <see cref="Offset"/> is the zone's offset at that instant, looked up in the system time-zone database
/// (zero when the zone is unknown to this machine).
/// </summary>
public readonly record struct ZonedDateTime(DateTime LocalDateTime, TimeSpan Offset, string ZoneId)
{
    public DateTimeOffset ToDateTimeOffset() => new(DateTime.SpecifyKind(LocalDateTime, DateTimeKind.Unspecified), Offset);
}
