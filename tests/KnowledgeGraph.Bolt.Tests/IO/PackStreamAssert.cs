using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Tests.IO;

/// <summary>Makes a PackStream type test one line: value -> expected bytes -> equal value.</summary>
internal static class PackStreamAssert
{
    public static void RoundTrip(object? value, string expectedHex, PackStreamFormat? format = null)
    {
        format ??= PackStreamFormat.Legacy;
        Assert.Equal(Normalize(expectedHex), Encode(value, format));
        var decoded = Decode(expectedHex, format);
        Assert.Equal(Encode(decoded, format), Normalize(expectedHex));
        if (value is not (Node or Relationship or Path or UnboundRelationship)) Assert.Equal(Normalized(value), Normalized(decoded));
    }

    public static string Encode(object? value, PackStreamFormat? format = null)
    {
        var writer = new PackStreamWriter(format ?? PackStreamFormat.Legacy);
        writer.Write(value);
        return Convert.ToHexString(writer.WrittenSpan);
    }

    public static object? Decode(string hex, PackStreamFormat? format = null)
    {
        var bytes = Convert.FromHexString(Normalize(hex));
        var reader = new PackStreamReader(format ?? PackStreamFormat.Legacy);
        reader.Reset(bytes, 0, bytes.Length);
        var value = reader.Read();
        Assert.False(reader.HasRemaining, "trailing bytes after the value");
        return value;
    }

    public static string Normalize(string hex) => hex.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Integers decode as long: widen expected values the same way before comparing.</summary>
    private static object? Normalized(object? value) => value switch
    {
        int i => (long)i,
        short s => (long)s,
        sbyte b => (long)b,
        float f => (double)f,
        object?[] list => list.Select(Normalized).ToList(),
        List<object?> list => list.Select(Normalized).ToList(),
        _ => value,
    };
}
