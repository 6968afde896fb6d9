using System.Globalization;
using System.Xml;
using CsvHelper;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>Checks done in .NET: XML well-formedness and structure, CSV read back, cancellation.</summary>
public class ExportFormatTests
{
    [Theory]
    [InlineData(ExportFormat.Gexf, "gexf", GexfExporter.Namespace12, "node", "edge")]
    [InlineData(ExportFormat.GraphMl, "graphml", GraphMlExporter.Namespace, "node", "edge")]
    public async Task Xml_exports_are_well_formed_with_one_element_per_node_and_edge(
        ExportFormat format, string root, string ns, string nodeElement, string edgeElement)
    {
        var path = await ExportFixture.WriteAsync(ExportFixture.Whole, format);
        try
        {
            var document = new XmlDocument();
            using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
            {
                document.Load(reader); // throws on anything not well-formed
            }

            var names = new XmlNamespaceManager(document.NameTable);
            names.AddNamespace("g", ns);
            Assert.Equal(root, document.DocumentElement!.LocalName);
            Assert.Equal(ns, document.DocumentElement.NamespaceURI);
            Assert.Equal(ExportFixture.Whole.Nodes.Count, document.SelectNodes($"//g:{nodeElement}", names)!.Count);
            Assert.Equal(ExportFixture.Whole.Edges.Count, document.SelectNodes($"//g:{edgeElement}", names)!.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Graphml_declares_a_key_for_every_data_element()
    {
        var path = await ExportFixture.WriteAsync(ExportFixture.Whole, ExportFormat.GraphMl);
        try
        {
            var document = new XmlDocument();
            document.Load(path);
            var names = new XmlNamespaceManager(document.NameTable);
            names.AddNamespace("g", GraphMlExporter.Namespace);
            var keys = document.SelectNodes("//g:key", names)!.Cast<XmlElement>().Select(k => k.GetAttribute("id")).ToHashSet();
            var used = document.SelectNodes("//g:data", names)!.Cast<XmlElement>().Select(d => d.GetAttribute("key")).ToHashSet();

            Assert.Subset(keys, used);
            Assert.Contains(document.SelectNodes("//g:key", names)!.Cast<XmlElement>(),
                k => k.GetAttribute("attr.name") == "foundedYear" && k.GetAttribute("attr.type") == "long" && k.GetAttribute("for") == "node");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(ExportFormat.CsvNodes, "id,label,name")]
    [InlineData(ExportFormat.CsvEdges, "id,source,target,type")]
    public async Task Csv_lists_read_back_with_one_row_per_element(ExportFormat format, string fixedHeader)
    {
        var path = await ExportFixture.WriteAsync(ExportFixture.Whole, format);
        try
        {
            var rows = await ReadCsvAsync(path);

            Assert.StartsWith(fixedHeader + ",", string.Join(',', rows[0]));
            var expected = format == ExportFormat.CsvNodes ? ExportFixture.Whole.Nodes.Count : ExportFixture.Whole.Edges.Count;
            Assert.Equal(expected + 1, rows.Count);
            Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
            if (format == ExportFormat.CsvNodes)
            {
                var quoted = Assert.Single(rows, r => r[0] == "ACT-QUOTE");
                Assert.Equal(ExportFixture.QuotedName, quoted[2]); // comma and quotes survive
                Assert.Equal("1990", quoted[Array.IndexOf(rows[0], "foundedYear")]);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task List_properties_are_joined_in_csv()
    {
        var path = await ExportFixture.WriteAsync(ExportFixture.CoParticipation, ExportFormat.CsvEdges);
        try
        {
            var rows = await ReadCsvAsync(path);
            var xy = Assert.Single(rows, r => r[0] == "ACT-X-CO_PARTICIPATES-ACT-Y");

            Assert.Equal("ALL-A1|ALL-A2", xy[Array.IndexOf(rows[0], "alliances")]);
            Assert.Equal("2", xy[Array.IndexOf(rows[0], "weight")]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_cancelled_export_stops()
    {
        var big = KnowledgeGraph.Core.Analytics.SubGraph.Whole(KnowledgeGraph.Core.Tests.Analytics.PerformanceGraph.View.Value);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        foreach (var exporter in SubGraphExporters.All)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => exporter.WriteAsync(big, Stream.Null, cancelled.Token));
        }
    }

    private static async Task<List<string[]>> ReadCsvAsync(string path)
    {
        var rows = new List<string[]>();
        var options = new CsvReaderOptions { HasHeader = false, FormatProvider = CultureInfo.InvariantCulture };
        await using var reader = CsvReader.FromFile(path, options);
        while (await reader.ReadAsync(CancellationToken.None))
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
