using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Tests.IO;

public class PackStreamTypeTests
{
    [Fact] public void Null() => PackStreamAssert.RoundTrip(null, "C0");
    [Fact] public void True() => PackStreamAssert.RoundTrip(true, "C3");
    [Fact] public void False() => PackStreamAssert.RoundTrip(false, "C2");

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(127L, "7F")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8 EF")]
    [InlineData(-128L, "C8 80")]
    [InlineData(128L, "C9 00 80")]
    [InlineData(-129L, "C9 FF 7F")]
    [InlineData(32767L, "C9 7F FF")]
    [InlineData(32768L, "CA 00 00 80 00")]
    [InlineData(-32769L, "CA FF FF 7F FF")]
    [InlineData(2147483647L, "CA 7F FF FF FF")]
    [InlineData(2147483648L, "CB 00 00 00 00 80 00 00 00")]
    [InlineData(long.MinValue, "CB 80 00 00 00 00 00 00 00")]
    [InlineData(long.MaxValue, "CB 7F FF FF FF FF FF FF FF")]
    public void Integer(long value, string hex) => PackStreamAssert.RoundTrip(value, hex);

    [Fact] public void IntWidensToLong() => PackStreamAssert.RoundTrip(1000, "C9 03 E8");

    [Theory]
    [InlineData(1.1, "C1 3F F1 99 99 99 99 99 9A")]
    [InlineData(-0.5, "C1 BF E0 00 00 00 00 00 00")]
    [InlineData(double.PositiveInfinity, "C1 7F F0 00 00 00 00 00 00")]
    public void Float(double value, string hex) => PackStreamAssert.RoundTrip(value, hex);

    [Theory]
    [InlineData("", "80")]
    [InlineData("A", "81 41")]
    [InlineData("Größenmaßstäbe", "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65")]
    [InlineData("en å flöt", "8B 65 6E 20 C3 A5 20 66 6C C3 B6 74")]
    public void String(string value, string hex) => PackStreamAssert.RoundTrip(value, hex);

    [Theory]
    [InlineData(15, "8F")]
    [InlineData(16, "D0 10")]
    [InlineData(255, "D0 FF")]
    [InlineData(256, "D1 01 00")]
    [InlineData(65535, "D1 FF FF")]
    [InlineData(65536, "D2 00 01 00 00")]
    public void StringSizeMarkers(int length, string headerHex) =>
        PackStreamAssert.RoundTrip(new string('a', length), headerHex + Convert.ToHexString(System.Text.Encoding.ASCII.GetBytes(new string('a', length))));

    [Theory]
    [InlineData(0, "CC 00")]
    [InlineData(255, "CC FF")]
    [InlineData(256, "CD 01 00")]
    [InlineData(65536, "CE 00 01 00 00")]
    public void Bytes(int length, string headerHex) =>
        PackStreamAssert.RoundTrip(Enumerable.Repeat((byte)7, length).ToArray(), headerHex + new string('0', length * 2).Replace("00", "07", StringComparison.Ordinal));

    [Theory]
    [InlineData(0, "90")]
    [InlineData(15, "9F")]
    [InlineData(16, "D4 10")]
    [InlineData(256, "D5 01 00")]
    [InlineData(65536, "D6 00 01 00 00")]
    public void ListSizeMarkers(int count, string headerHex) =>
        PackStreamAssert.RoundTrip(Enumerable.Repeat((object?)1L, count).ToList(), headerHex + string.Concat(Enumerable.Repeat("01", count)));

    [Fact] public void MixedList() => PackStreamAssert.RoundTrip(new List<object?> { 1L, "a", null, true }, "94 01 81 61 C0 C3");

    [Theory]
    [InlineData(0, "A0")]
    [InlineData(15, "AF")]
    [InlineData(16, "D8 10")]
    [InlineData(300, "D9 01 2C")]
    [InlineData(70000, "DA 00 01 11 70")]
    public void MapSizeMarkers(int count, string headerHex)
    {
        var map = Enumerable.Range(0, count).ToDictionary(i => $"k{i}", i => (object?)(long)(i % 100));
        var expectedBody = string.Concat(map.Select(kv => PackStreamAssert.Encode(kv.Key) + PackStreamAssert.Encode(kv.Value)));
        PackStreamAssert.RoundTrip(map, headerHex + expectedBody);
    }

    [Fact] public void NestedMap() => PackStreamAssert.RoundTrip(
        new Dictionary<string, object?> { ["a"] = new List<object?> { 1L, 2L }, ["b"] = new Dictionary<string, object?> { ["c"] = null } },
        "A2 81 61 92 01 02 81 62 A1 81 63 C0");

    [Fact]
    public void Struct8AndStruct16MarkersDecode()
    {
        Assert.Equal(new Point2D(7203, 1, 2), PackStreamAssert.Decode("DC 03 58 C9 1C 23 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00"));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UnixEpoch), PackStreamAssert.Decode("DD 00 01 44 00"));
    }

    [Fact]
    public void UnsupportedParameterTypeIsRejected() =>
        Assert.Throws<ArgumentException>(() => PackStreamAssert.Encode(new object(), PackStreamFormat.Legacy));
}
