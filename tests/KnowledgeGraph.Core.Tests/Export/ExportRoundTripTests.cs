using System.Text.Json;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>Each export loaded back by the library a user would open it with (graphology, cytoscape) in node.</summary>
public class ExportRoundTripTests
{
    private const string Actor = "ACT-Z";
    private const string Participation = "ACT-X-PARTICIPATES_IN-ALL-A1";
    private const string CoParticipation = "ACT-X-CO_PARTICIPATES-ACT-Y";

    [Theory]
    [InlineData(ExportFormat.Gexf, "gexf")]
    [InlineData(ExportFormat.GraphMl, "graphml")]
    [InlineData(ExportFormat.CytoscapeJson, "cytoscape")]
    [InlineData(ExportFormat.GraphologyJson, "graphology")]
    public async Task The_whole_graph_loads_back_with_its_counts(ExportFormat format, string parser)
    {
        var loaded = await LoadAsync(ExportFixture.Whole, format, parser, Actor, Participation);

        Assert.Equal(ExportFixture.Whole.Nodes.Count, loaded.GetProperty("nodes").GetInt32());
        Assert.Equal(ExportFixture.Whole.Edges.Count, loaded.GetProperty("edges").GetInt32());
        if (parser != "cytoscape")
        {
            Assert.Equal("directed", loaded.GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Gexf_keeps_names_labels_types_and_typed_attributes()
    {
        var loaded = await LoadAsync(ExportFixture.Whole, ExportFormat.Gexf, "gexf", Actor, Participation);
        var node = loaded.GetProperty("node");
        var edge = loaded.GetProperty("edge");

        Assert.Equal("Fondation Zéphyr", node.GetProperty("label").GetString());
        Assert.Equal("Actor", node.GetProperty(GexfExporter.NodeLabelAttribute).GetString());
        Assert.Equal("FOUNDATION", node.GetProperty("kind").GetString());
        Assert.Equal("PARTICIPATES_IN", edge.GetProperty(GexfExporter.RelationshipTypeAttribute).GetString());
        Assert.Equal("PARTICIPATES_IN", edge.GetProperty("label").GetString());
        Assert.Equal("FUNDER", edge.GetProperty("role").GetString());
        Assert.Equal(1, edge.GetProperty("weight").GetDouble());
    }

    [Fact]
    public async Task GraphMl_keeps_labels_types_and_typed_attributes()
    {
        var loaded = await LoadAsync(ExportFixture.Whole, ExportFormat.GraphMl, "graphml", "ACT-QUOTE", "ACT-QUOTE-PARTICIPATES_IN-ALL-A3");
        var node = loaded.GetProperty("node");
        var edge = loaded.GetProperty("edge");

        Assert.Equal(ExportFixture.QuotedName, node.GetProperty("label").GetString());
        Assert.Equal("Actor", node.GetProperty(GexfExporter.NodeLabelAttribute).GetString());
        Assert.Equal(1990, node.GetProperty("foundedYear").GetInt32()); // declared long, read back as a number
        Assert.True(node.GetProperty("employer").GetBoolean());
        Assert.Equal("PARTICIPATES_IN", edge.GetProperty(GexfExporter.RelationshipTypeAttribute).GetString());
        Assert.Equal(2021, edge.GetProperty("since").GetInt32());
    }

    [Fact]
    public async Task Cytoscape_json_keeps_data_fields()
    {
        var loaded = await LoadAsync(ExportFixture.Whole, ExportFormat.CytoscapeJson, "cytoscape", "ALL-A1", Participation);
        var node = loaded.GetProperty("node");
        var edge = loaded.GetProperty("edge");

        Assert.Equal("Alliance", node.GetProperty("label").GetString());
        Assert.Equal("Alliance one", node.GetProperty("name").GetString());
        Assert.Equal(2015, node.GetProperty("startYear").GetInt32());
        Assert.Equal("ACT-X", edge.GetProperty("source").GetString());
        Assert.Equal("ALL-A1", edge.GetProperty("target").GetString());
        Assert.Equal("PARTICIPATES_IN", edge.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData(ExportFormat.Gexf, "gexf")]
    [InlineData(ExportFormat.GraphMl, "graphml")]
    [InlineData(ExportFormat.CytoscapeJson, "cytoscape")]
    [InlineData(ExportFormat.GraphologyJson, "graphology")]
    public async Task The_co_participation_network_loads_back_undirected_and_weighted(ExportFormat format, string parser)
    {
        var loaded = await LoadAsync(ExportFixture.CoParticipation, format, parser, "ACT-Y", CoParticipation);

        Assert.Equal(ExportFixture.CoParticipation.Nodes.Count, loaded.GetProperty("nodes").GetInt32());
        Assert.Equal(ExportFixture.CoParticipation.Edges.Count, loaded.GetProperty("edges").GetInt32());
        Assert.Equal(2, loaded.GetProperty("edge").GetProperty("weight").GetDouble());
        if (parser != "cytoscape")
        {
            Assert.Equal("undirected", loaded.GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Graphology_json_is_what_sigma_loads_names_as_labels_and_the_graph_type()
    {
        var loaded = await LoadAsync(ExportFixture.Whole, ExportFormat.GraphologyJson, "graphology", "ACT-QUOTE", "ACT-QUOTE-PARTICIPATES_IN-ALL-A3");
        var node = loaded.GetProperty("node");

        Assert.Equal("directed", loaded.GetProperty("type").GetString());
        Assert.Equal(ExportFixture.QuotedName, node.GetProperty("label").GetString());
        Assert.Equal("Actor", node.GetProperty(GexfExporter.NodeLabelAttribute).GetString());
        Assert.Equal(1990, node.GetProperty("foundedYear").GetInt32());
        Assert.Equal("PARTICIPATES_IN", loaded.GetProperty("edge").GetProperty("label").GetString());
    }

    [Fact]
    public async Task Gexf_1_3_loads_back_as_well()
    {
        var loaded = await LoadAsync(ExportFixture.CoParticipation, ExportFormat.Gexf, "gexf", "ACT-Y", CoParticipation,
            new ExportSettings(GexfVersion.V1_3));

        Assert.Equal(ExportFixture.CoParticipation.Nodes.Count, loaded.GetProperty("nodes").GetInt32());
        Assert.Equal(ExportFixture.CoParticipation.Edges.Count, loaded.GetProperty("edges").GetInt32());
        Assert.Equal("undirected", loaded.GetProperty("type").GetString());
    }

    private static async Task<JsonElement> LoadAsync(
        SubGraph graph, ExportFormat format, string parser, string nodeId, string edgeId, ExportSettings? settings = null)
    {
        var path = await ExportFixture.WriteAsync(graph, format, settings);
        try
        {
            return await ExportCheckScript.LoadAsync(parser, path, nodeId, edgeId);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
