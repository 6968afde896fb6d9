namespace KnowledgeGraph.Bolt;

/// <summary>A Bolt protocol version, ordered by major then minor.</summary>
public readonly record struct BoltProtocolVersion(int Major, int Minor) : IComparable<BoltProtocolVersion>
{
    public static readonly BoltProtocolVersion V1 = new(1, 0);
    public static readonly BoltProtocolVersion V3 = new(3, 0);
    public static readonly BoltProtocolVersion V4_4 = new(4, 4);
    public static readonly BoltProtocolVersion V5_0 = new(5, 0);
    public static readonly BoltProtocolVersion V5_1 = new(5, 1);
    public static readonly BoltProtocolVersion V5_3 = new(5, 3);
    public static readonly BoltProtocolVersion V5_7 = new(5, 7);
    public static readonly BoltProtocolVersion V5_8 = new(5, 8);
    public static readonly BoltProtocolVersion V6_0 = new(6, 0);

    public int CompareTo(BoltProtocolVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BoltProtocolVersion left, BoltProtocolVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Major}.{Minor}";
}
