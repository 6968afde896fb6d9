namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>Epoch seconds and nanoseconds to .NET ticks and back (.NET keeps 100 ns: finer digits are dropped).</summary>
internal static class TemporalMath
{
    public const long NanosPerTick = 100;
    private static readonly long EpochTicks = DateTime.UnixEpoch.Ticks;
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static DateTime LocalFromEpoch(long seconds, long nanos) => StructFields.Convert(
        () => new DateTime(checked(EpochTicks + seconds * TimeSpan.TicksPerSecond + nanos / NanosPerTick), DateTimeKind.Unspecified),
        "a date-time");

    public static (long Seconds, long Nanos) ToEpoch(DateTime local)
    {
        var ticks = local.Ticks - EpochTicks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0) { seconds--; remainder += TimeSpan.TicksPerSecond; }
        return (seconds, remainder * NanosPerTick);
    }

    public static DateOnly DateFromEpochDays(long days) =>
        StructFields.Convert(() => DateOnly.FromDayNumber(checked((int)(EpochDayNumber + days))), "a date");

    public static long EpochDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static TimeOnly TimeFromNanos(long nanos) =>
        StructFields.Convert(() => new TimeOnly(nanos / NanosPerTick), "a time of day");

    public static long Nanos(TimeOnly time) => time.Ticks * NanosPerTick;

    public static TimeSpan Offset(long seconds) =>
        StructFields.Convert(() => TimeSpan.FromSeconds(checked((int)seconds)), "a UTC offset");
}
