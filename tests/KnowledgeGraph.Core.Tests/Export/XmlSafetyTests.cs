using System.Xml;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Tests.Analytics;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// Whatever the store holds (data loaded before writes refused such characters, Neo4j data written by others), the
/// XML exports parse: characters XML 1.0 cannot carry are replaced by U+FFFD; the JSON exports encode lone surrogates.
/// </summary>
public class XmlSafetyTests
{
    private const string Hostile = "Nul\u0000Un\u0001Bell\u0007Fffe\uFFFEFfff\uFFFFLone\uD800Low\uDC00Pair\U0001F600End";

    private static readonly GraphView View = GraphView.Build(AllianceWorld.Graph()
        .Actor("ACT-BAD", Hostile, "ASSOCIATION", ("description", "\u0001\uFFFF"))
        .Participates("ACT-BAD", "ALL-A3", "PARTNER", since: 2021)
        .Build());

    [Theory]
    [InlineData(ExportFormat.Gexf, false)]
    [InlineData(ExportFormat.Gexf, true)]
    [InlineData(ExportFormat.GraphMl, false)]
    public async Task Xml_exports_of_any_stored_text_are_well_formed(ExportFormat format, bool v13)
    {
        var graph = SubGraph.Whole(View);
        var settings = new ExportSettings(v13 ? GexfVersion.V1_3 : GexfVersion.V1_2Draft, TimeSpells.For(graph, View));
        using var output = new MemoryStream();

        await SubGraphExporters.For(format, settings).WriteAsync(graph, output, CancellationToken.None);

        var document = new XmlDocument();
        document.Load(XmlReader.Create(new MemoryStream(output.ToArray()), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }));
        var text = document.OuterXml;
        Assert.Contains("Nul\uFFFDUn\uFFFDBell\uFFFDFffe\uFFFDFfff\uFFFDLone\uFFFDLow\uFFFDPair\U0001F600End", text);
        Assert.Equal(graph.Nodes.Count, document.GetElementsByTagName("node").Count);
    }

    [Theory]
    [InlineData(ExportFormat.CytoscapeJson)]
    [InlineData(ExportFormat.GraphologyJson)]
    [InlineData(ExportFormat.CsvNodes)]
    public async Task Json_and_csv_exports_of_any_stored_text_are_valid_utf8(ExportFormat format)
    {
        using var output = new MemoryStream();

        await SubGraphExporters.For(format).WriteAsync(SubGraph.Whole(View), output, CancellationToken.None);

        var bytes = output.ToArray();
        Assert.True(System.Text.Unicode.Utf8.IsValid(bytes));
        if (format != ExportFormat.CsvNodes)
        {
            using var json = System.Text.Json.JsonDocument.Parse(bytes); // throws on invalid JSON
        }
    }

    [Theory]
    [InlineData("plain text é €", -1)]
    [InlineData("tab\tnew line\n", -1)]
    [InlineData("a\u0000", 1)]
    [InlineData("\u0001", 0)]
    [InlineData("ab\uFFFF", 2)]
    [InlineData("\uFFFE", 0)]
    [InlineData("\U0001F600", -1)]
    public void First_invalid_finds_what_xml_1_0_refuses(string text, int expected) => Assert.Equal(expected, XmlChars.FirstInvalid(text));

    // Built here: xUnit's test-case serialisation would turn a lone surrogate in InlineData into U+FFFD.
    [Fact]
    public void First_invalid_finds_lone_surrogates_and_keeps_pairs()
    {
        Assert.Equal(1, XmlChars.FirstInvalid("x" + (char)0xD800 + "y"));
        Assert.Equal(0, XmlChars.FirstInvalid(((char)0xDC00).ToString()));
        Assert.Equal(1, XmlChars.FirstInvalid("a" + (char)0xDC00 + (char)0xD800));
        Assert.Equal("a\uFFFD\uFFFDb", XmlChars.Clean("a" + (char)0xDC00 + (char)0xD800 + "b"));
        Assert.Equal("a\uFFFDb", XmlChars.WellFormedUtf16("a" + (char)0xD800 + "b"));
    }
}
