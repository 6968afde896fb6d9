using System.Text.Json;
using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Tests.IO;

/// <summary>
/// Byte vectors packed by the official JavaScript driver's PackStream packer (js/make-vectors.js, committed as
/// js/packstream-vectors.json) must decode and re-encode to the very same bytes.
/// </summary>
public class JsDriverVectorTests
{
    public static TheoryData<string, string> Vectors()
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "js", "packstream-vectors.json");
        var data = new TheoryData<string, string>();
        foreach (var vector in JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray())
            data.Add(vector.GetProperty("name").GetString()!, vector.GetProperty("hex").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void DecodesAndReencodesIdentically(string name, string hex)
    {
        var format = name.EndsWith(" 6", StringComparison.Ordinal) ? PackStreamFormat.V6
            : name.EndsWith(" 5", StringComparison.Ordinal) || name.EndsWith(" utc", StringComparison.Ordinal) ? PackStreamFormat.V5
            : PackStreamFormat.Legacy;
        var value = PackStreamAssert.Decode(hex, format);
        Assert.Equal(hex, PackStreamAssert.Encode(value, format));
    }

    [Fact]
    public void VectorsDecodeToTheValuesTheJsDriverPacked()
    {
        var vectors = Vectors().ToDictionary(row => (string)row[0], row => (string)row[1]);
        Assert.Equal(new Vector(new sbyte[] { 1, -1, 127, -128 }), PackStreamAssert.Decode(vectors["vector int8 6"], PackStreamFormat.V6));
        Assert.Equal(new Vector(new long[] { 9007199254740993L, -1 }), PackStreamAssert.Decode(vectors["vector int64 6"], PackStreamFormat.V6));
        Assert.Equal(new Vector(new float[] { 1.5f, -2f, 0.1f }), PackStreamAssert.Decode(vectors["vector float32 6"], PackStreamFormat.V6));
        Assert.Equal(new Vector(new double[] { Math.PI, -0.5 }), PackStreamAssert.Decode(vectors["vector float64 6"], PackStreamFormat.V6));
        Assert.Throws<ProtocolException>(() => PackStreamAssert.Decode(vectors["vector int16 6"], PackStreamFormat.V5));
    }

    [Fact]
    public void TableCoversEveryFamily()
    {
        var names = Vectors().Select(row => (string)row[0]).ToList();
        foreach (var family in new[] { "int", "float", "string", "list", "map", "date", "time", "duration", "point", "node", "relationship", "path", "vector" })
            Assert.Contains(names, n => n.StartsWith(family, StringComparison.Ordinal) || n.Contains(" " + family, StringComparison.Ordinal));
    }
}
