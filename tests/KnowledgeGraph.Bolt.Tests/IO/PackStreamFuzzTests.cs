namespace KnowledgeGraph.Bolt.Tests.IO;

/// <summary>Random and truncated input must end in a ProtocolException: no other exception, no hang.</summary>
public class PackStreamFuzzTests
{
    public static TheoryData<string> ValidSamples => new()
    {
        "A2 81 61 92 01 02 81 62 A1 81 63 C0",
        "B3 50 93 B3 4E 01 90 A0 B3 4E 02 90 A0 B3 4E 03 90 A0 92 B3 72 05 81 58 A0 B3 72 06 81 59 A0 94 01 01 FE 02",
        "B4 59 C9 23 C5 C1 00 00 00 00 00 00 00 00 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00",
        "B3 69 00 00 8C 45 75 72 6F 70 65 2F 50 61 72 69 73",
        "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65",
    };

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void EveryTruncationFailsCleanly(string hex)
    {
        var full = PackStreamAssert.Normalize(hex);
        for (var length = 0; length < full.Length; length += 2)
            Assert.Throws<ProtocolException>(() => PackStreamAssert.Decode(full[..length]));
    }

    [Fact]
    public void RandomBytesDecodeOrFailWithProtocolException()
    {
        var random = new Random(20240229);
        var buffer = new byte[64];
        for (var i = 0; i < 20_000; i++)
        {
            random.NextBytes(buffer);
            var length = random.Next(1, buffer.Length);
            var hex = Convert.ToHexString(buffer, 0, length);
            try
            {
                PackStreamAssert.Decode(hex);
            }
            catch (Exception e) when (e is ProtocolException or Xunit.Sdk.FalseException)
            {
                // A clean failure, or a valid value followed by trailing bytes.
            }
        }
    }

    [Fact]
    public void HugeDeclaredSizesFailWithoutAllocating()
    {
        Assert.Throws<ProtocolException>(() => PackStreamAssert.Decode("D6 7F FF FF FF 01"));
        Assert.Throws<ProtocolException>(() => PackStreamAssert.Decode("DA 7F FF FF FF"));
        Assert.Throws<ProtocolException>(() => PackStreamAssert.Decode("D2 FF FF FF FF 41"));
    }

    [Fact]
    public void DeepNestingFailsCleanly() =>
        Assert.Throws<ProtocolException>(() => PackStreamAssert.Decode(string.Concat(Enumerable.Repeat("91", 100_000)) + "C0"));

    [Fact]
    public void InvalidUtf8FailsCleanly() => Assert.Throws<ProtocolException>(() => PackStreamAssert.Decode("82 C3 28"));

    [Theory]
    [InlineData("C4")]
    [InlineData("E0")]
    [InlineData("DF")]
    [InlineData("B1 00 01")]
    [InlineData("A1 01 01")]
    public void UnknownMarkersTagsAndKeysFailCleanly(string hex) => Assert.Throws<ProtocolException>(() => PackStreamAssert.Decode(hex));
}
