using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Tests.IO;

public class TemporalAndSpatialTests
{
    [Fact] public void Date() => PackStreamAssert.RoundTrip(new DateOnly(2024, 2, 29), "B1 44 C9 4D 46");
    [Fact] public void DateBeforeEpoch() => PackStreamAssert.RoundTrip(new DateOnly(1969, 12, 31), "B1 44 FF");
    [Fact] public void LocalTime() => PackStreamAssert.RoundTrip(new TimeOnly(12, 0, 0, 500), "B1 74 CB 00 00 27 4A 66 74 E5 00");
    [Fact] public void Time() => PackStreamAssert.RoundTrip(new OffsetTime(new TimeOnly(1, 0), TimeSpan.FromHours(2)), "B2 54 CB 00 00 03 46 30 B8 A0 00 C9 1C 20");
    [Fact] public void LocalDateTime() => PackStreamAssert.RoundTrip(new DateTime(1970, 1, 1, 0, 0, 1).AddTicks(5), "B2 64 01 C9 01 F4");
    [Fact] public void LocalDateTimeBeforeEpoch() => PackStreamAssert.RoundTrip(new DateTime(1969, 12, 31, 23, 59, 59), "B2 64 FF 00");

    [Fact]
    public void DateTimeLegacyCarriesLocalSeconds() => PackStreamAssert.RoundTrip(
        new DateTimeOffset(1970, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)), "B3 46 C9 0E 10 00 C9 0E 10", PackStreamFormat.Legacy);

    [Fact]
    public void DateTimeUtcCarriesUtcSeconds() => PackStreamAssert.RoundTrip(
        new DateTimeOffset(1970, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)), "B3 49 00 00 C9 0E 10", PackStreamFormat.Utc);

    [Fact]
    public void ZonedDateTimeLegacy() => PackStreamAssert.RoundTrip(
        new ZonedDateTime(new DateTime(1970, 1, 1, 1, 0, 0), TimeSpan.FromHours(1), "Europe/Paris"),
        "B3 66 C9 0E 10 00 8C 45 75 72 6F 70 65 2F 50 61 72 69 73");

    [Fact]
    public void ZonedDateTimeUtc() => PackStreamAssert.RoundTrip(
        new ZonedDateTime(new DateTime(1970, 1, 1, 1, 0, 0), TimeSpan.FromHours(1), "Europe/Paris"),
        "B3 69 00 00 8C 45 75 72 6F 70 65 2F 50 61 72 69 73", PackStreamFormat.V5);

    [Fact] public void Duration() => PackStreamAssert.RoundTrip(new Duration(14, 3, 7200, 500), "B4 45 0E 03 C9 1C 20 C9 01 F4");
    [Fact] public void TimeSpanIsSentAsDuration() => Assert.Equal("B44500000200", PackStreamAssert.Encode(TimeSpan.FromSeconds(2)));
    [Fact] public void Point2D() => PackStreamAssert.RoundTrip(new Point2D(4326, 1.5, -2), "B3 58 C9 10 E6 C1 3F F8 00 00 00 00 00 00 C1 C0 00 00 00 00 00 00 00");

    [Fact]
    public void Point3D() => PackStreamAssert.RoundTrip(new Point3D(9157, 0, 1, 2),
        "B4 59 C9 23 C5 C1 00 00 00 00 00 00 00 00 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00");

    [Fact]
    public void OutOfRangeDateFailsAsProtocolError() =>
        Assert.Throws<ProtocolException>(() => PackStreamAssert.Decode("B1 44 CB 7F FF FF FF FF FF FF FF"));
}
