using System.Text.Json;
using System.Xml.Linq;

namespace KnowledgeGraph.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private const string Gexf = "{http://www.gexf.net/1.2draft}";
    private readonly TempFolder root = new();

    public ExportCommandTests()
    {
        root.Write("set/nodes/Territory.csv", "id:ID,name,level,source",
            "REG-76,Occitanie,REGION,CURATED", "DEP-34,Hérault,DEPARTMENT,CURATED", "REG-32,Hauts-de-France,REGION,CURATED");
        root.Write("set/relationships/PART_OF.csv", ":START_ID,:END_ID", "DEP-34,REG-76");
        root.Write("set/nodes/Actor.csv", "id:ID,name,kind,source",
            "ACT-A,Garonne Numérique,COMPANY,SYNTHETIC", "ACT-B,Jardins Solidaires,ASSOCIATION,SYNTHETIC",
            "ACT-C,Fondation Lumière,FOUNDATION,SYNTHETIC", "ACT-D,Nord Industrie,COMPANY,SYNTHETIC");
        root.Write("set/nodes/Alliance.csv", "id:ID,name,category,source",
            "ALL-1,Alliance Un,SOCIETAL_INNOVATION,SYNTHETIC", "ALL-2,Alliance Deux,PATRONAGE,SYNTHETIC", "ALL-3,Alliance Nord,PATRONAGE,SYNTHETIC");
        root.Write("set/relationships/LOCATED_IN.csv", ":START_ID,:END_ID", "ALL-1,DEP-34", "ALL-2,REG-76", "ALL-3,REG-32");
        root.Write("set/relationships/PARTICIPATES_IN.csv", ":START_ID,:END_ID,role",
            "ACT-A,ALL-1,INITIATOR", "ACT-B,ALL-1,OPERATOR", "ACT-A,ALL-2,FUNDER", "ACT-B,ALL-2,OPERATOR", "ACT-C,ALL-2,PARTNER",
            "ACT-C,ALL-3,FUNDER", "ACT-D,ALL-3,PARTNER");
    }

    [Fact]
    public async Task Co_participation_of_a_region_as_gexf_holds_its_actors_and_weighted_links()
    {
        var file = Path.Combine(root.Path, "occitanie.gexf");

        var run = await Kg("--format", "gexf", "--graph", "co-participation", "--within", "REG-76", "--out", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Wrote 3 nodes and 3 edges", run.Output);
        var gexf = XDocument.Load(file);
        Assert.Equal("undirected", gexf.Descendants(Gexf + "graph").Single().Attribute("defaultedgetype")!.Value);
        Assert.Equal(["ACT-A", "ACT-B", "ACT-C"], gexf.Descendants(Gexf + "node").Select(n => n.Attribute("id")!.Value));
        var pair = gexf.Descendants(Gexf + "edge").Single(e => e.Attribute("source")!.Value == "ACT-A" && e.Attribute("target")!.Value == "ACT-B");
        Assert.Equal("2", pair.Attribute("weight")!.Value); // ALL-1 and ALL-2; ALL-3 is in Hauts-de-France
    }

    [Fact]
    public async Task Whole_graph_as_csv_edges_and_a_neighborhood_as_cytoscape_json_to_standard_output()
    {
        var edges = await Kg("--format", "edges.csv");
        var neighborhood = await Kg("--format", "cyjs", "--graph", "neighborhood", "--ids", "ALL-3");

        Assert.Equal(0, edges.ExitCode);
        var lines = edges.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,source,target,type", lines[0]);
        Assert.Equal(1 + 1 + 3 + 7, lines.Length); // header, PART_OF, LOCATED_IN, PARTICIPATES_IN
        Assert.Equal(0, neighborhood.ExitCode);
        using var json = JsonDocument.Parse(neighborhood.Output);
        var nodes = json.RootElement.GetProperty("elements").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("data").GetProperty("id").GetString()).Order();
        Assert.Equal(["ACT-C", "ACT-D", "ALL-3", "REG-32"], nodes);
    }

    [Fact]
    public async Task Bad_arguments_and_unknown_ids_fail_with_a_message()
    {
        var format = await Kg("--format", "pdf");
        var unknown = await Kg("--format", "gexf", "--graph", "co-participation", "--within", "REG-99");
        var noIds = await Kg("--format", "gexf", "--graph", "neighborhood");

        Assert.Equal(1, format.ExitCode);
        Assert.Contains("--format must be one of", format.Error);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("UNKNOWN_TERRITORY", unknown.Error);
        Assert.Equal(1, noIds.ExitCode);
        Assert.Contains("needs --ids", noIds.Error);
    }

    [Fact]
    public async Task The_parameters_of_the_service_filter_the_whole_graph_and_add_places_and_measures()
    {
        var patronage = await Kg("--format", "nodes.csv", "--labels", "ALLIANCE", "--categories", "PATRONAGE");
        var measured = await Kg("--format", "graphology.json", "--graph", "co-participation", "--categories", "PATRONAGE", "--measures");
        var v13 = await Kg("--format", "gexf", "--graph", "co-participation", "--gexf-version", "1.3");

        Assert.Equal(0, patronage.ExitCode);
        Assert.Equal(["ALL-2", "ALL-3"], patronage.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).Order());
        Assert.Contains(",REG-76,", patronage.Output); // ALL-2's region
        Assert.Equal(0, measured.ExitCode);
        using var json = JsonDocument.Parse(measured.Output);
        Assert.Equal("undirected", json.RootElement.GetProperty("options").GetProperty("type").GetString());
        var actorC = json.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("key").GetString() == "ACT-C").GetProperty("attributes");
        Assert.Equal(3, actorC.GetProperty("degree").GetDouble()); // ACT-A, ACT-B (ALL-2) and ACT-D (ALL-3)
        Assert.True(actorC.TryGetProperty("modularity_class", out _));
        Assert.Equal("http://gexf.net/1.3", XDocument.Parse(v13.Output).Root!.Name.NamespaceName);
    }

    public void Dispose() => root.Dispose();

    private Task<KgRun> Kg(params string[] args) => KgRun.InvokeAsync(["export", "--seed-dir", root.Path, "--sets", "set", .. args]);
}
