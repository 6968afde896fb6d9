using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using KnowledgeGraph.Api.Tests.Hosting;
using KnowledgeGraph.Api.Tests.Mutations;

namespace KnowledgeGraph.Api.Tests.Exports;

/// <summary>
/// The exports of the reference data read by outside libraries — Debian's networkx 2.8 and igraph (installed by
/// tools/oracles/install.sh, run with /usr/bin/python3) — and checked against the service's own GraphQL answers:
/// counts, attributes, centralities, the modularity of the exported communities, time spells.
/// </summary>
public sealed class ExportOracleTests(ExportOracleTests.ReferenceApp app) : IClassFixture<ExportOracleTests.ReferenceApp>
{
    public sealed class ReferenceApp : KnowledgeGraphAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("KnowledgeGraph:Limits:RateLimitPermits", "0");
        }
    }

    [Fact]
    public async Task Co_participation_gexf_with_measures_agrees_with_networkx_and_the_graphql_answers()
    {
        var client = app.CreateClient();
        const string filter = "categories: [PATRONAGE, SOCIETAL_INNOVATION], fromYear: 2015";
        var answer = await GraphQLClient.DataAsync(client, $$"""
            {
              coParticipation(filter: { {{filter}} }) { actorCount linkCount }
              degree: centrality(measure: DEGREE, top: 1000, filter: { {{filter}} }) { id score }
              pageRank: centrality(measure: PAGE_RANK, top: 1000, filter: { {{filter}} }) { id score }
              betweenness: centrality(measure: BETWEENNESS, top: 1000, filter: { {{filter}} }) { id score }
              communities(filter: { {{filter}} }, top: 1000) { modularity communities { index members { id } } }
            }
            """);
        var read = await ReadAsync(client,
            "/export/co-participation.gexf?categories=PATRONAGE&categories=SOCIETAL_INNOVATION&fromYear=2015&measures=true", "nx-gexf");

        Assert.StartsWith("networkx 2.", (string)read["library"]!);
        Assert.False((bool)read["directed"]!);
        Assert.Equal((int)answer["coParticipation"]!["actorCount"]!, (int)read["nodes"]!);
        Assert.Equal((int)answer["coParticipation"]!["linkCount"]!, (int)read["edges"]!);
        var attributes = read["attributes"]!.AsObject();
        foreach (var (measure, attribute) in new[] { ("degree", "degree"), ("pageRank", "pageRank"), ("betweenness", "betweenness") })
        {
            var scores = answer[measure]!.AsArray();
            Assert.NotEmpty(scores);
            foreach (var score in scores)
                Assert.Equal((double)score!["score"]!, (double)attributes[(string)score["id"]!]![attribute]!, 1e-9);
        }

        // networkx's own degree of the file it read equals the exported attribute.
        foreach (var (id, degree) in read["degree"]!.AsObject())
            Assert.Equal((double)degree!, (double)attributes[id]!["degree"]!, 1e-9);
        // modularity_class is the service's Louvain partition: its modularity, computed by networkx, is the one reported.
        Assert.Equal((double)answer["communities"]!["modularity"]!, (double)read["modularity"]!, 1e-9);
        var community = answer["communities"]!["communities"]![0]!;
        Assert.All(community["members"]!.AsArray(), m => Assert.Equal((int)community["index"]!, (int)attributes[(string)m!["id"]!]!["modularity_class"]!));
    }

    [Fact]
    public async Task Whole_graph_graphml_reads_in_networkx_and_igraph_with_names_types_and_places()
    {
        var client = app.CreateClient();
        var counts = await GraphQLClient.DataAsync(client, "{ actors { totalCount } alliances { totalCount } territories { totalCount } }");
        var nodesCsv = await ReadAsync(client, "/export/graph.nodes.csv", "csv", "/export/graph.edges.csv");
        var networkx = await ReadAsync(client, "/export/graph.graphml", "nx-graphml");
        var igraph = await ReadAsync(client, "/export/graph.graphml", "igraph-graphml");
        var actorsOnly = await ReadAsync(client, "/export/graph.graphml?labels=ACTOR", "igraph-graphml");

        Assert.Equal((int)nodesCsv["nodes"]!, (int)networkx["nodes"]!);
        Assert.Equal((int)nodesCsv["edges"]!, (int)networkx["edges"]!);
        Assert.Equal((int)networkx["nodes"]!, (int)igraph["nodes"]!);
        Assert.Equal((int)networkx["edges"]!, (int)igraph["edges"]!);
        Assert.True((bool)networkx["directed"]!);
        Assert.Equal((int)counts["actors"]!["totalCount"]!, (int)actorsOnly["nodes"]!);

        // An actor of the reference data: its label is its display name, its graph label under nodeLabel, its places.
        var actor = await GraphQLClient.DataAsync(client, """
            { actors(first: 1, where: { territories: { some: { level: { eq: DEPARTMENT } } } }) { nodes { id name territories { nodes { id level parent { id level } } } } } }
            """);
        var node = actor["actors"]!["nodes"]![0]!;
        var id = (string)node["id"]!;
        foreach (var read in new[] { networkx, igraph })
        {
            var attributes = read["attributes"]![id]!;
            Assert.Equal((string)node["name"]!, (string)attributes["label"]!);
            Assert.Equal("Actor", (string)attributes["nodeLabel"]!);
            var department = node["territories"]!["nodes"]![0]!;
            Assert.Equal((string)department["id"]!, (string)attributes["department"]!);
            Assert.Equal("REGION", (string)department["parent"]!["level"]!);
            Assert.Equal((string)department["parent"]!["id"]!, (string)attributes["region"]!);
        }
    }

    [Fact]
    public async Task Dynamic_gexf_gives_alliances_their_years_and_reads_in_networkx()
    {
        var client = app.CreateClient();
        var alliances = await GraphQLClient.DataAsync(client, "{ alliances(first: 20) { nodes { id startYear endYear } } }");
        var read = await ReadAsync(client, "/export/graph.gexf?labels=ALLIANCE,ACTOR&relationshipTypes=PARTICIPATES_IN&dynamic=true", "nx-gexf");
        var coParticipation = await ReadAsync(client, "/export/co-participation.gexf?dynamic=true&fromYear=2020", "nx-gexf");

        Assert.Equal("dynamic", (string)read["mode"]!);
        var attributes = read["attributes"]!.AsObject();
        foreach (var alliance in alliances["alliances"]!["nodes"]!.AsArray())
        {
            var node = attributes[(string)alliance!["id"]!]!;
            if (alliance["startYear"] is null)
            {
                Assert.Null(node["start"]);
                continue;
            }

            Assert.Equal((int)alliance["startYear"]!, (int)node["start"]!);
            Assert.Equal((int?)alliance["endYear"], (int?)node["end"]);
        }

        Assert.Equal("dynamic", (string)coParticipation["mode"]!);
        Assert.NotEmpty(coParticipation["spells"]!.AsObject());
    }

    [Fact]
    public async Task Gexf_1_3_is_offered_on_request_and_1_2draft_is_the_default()
    {
        var client = app.CreateClient();
        var byDefault = XDocument.Parse(await client.GetStringAsync("/export/co-participation.gexf?within=REG-76"));
        var v13 = XDocument.Parse(await client.GetStringAsync("/export/co-participation.gexf?within=REG-76&version=1.3"));

        Assert.Equal("http://www.gexf.net/1.2draft", byDefault.Root!.Name.NamespaceName);
        Assert.Equal("1.2", byDefault.Root.Attribute("version")!.Value);
        Assert.Equal("http://gexf.net/1.3", v13.Root!.Name.NamespaceName);
        Assert.Equal("1.3", v13.Root.Attribute("version")!.Value);
        Assert.Equal(byDefault.Descendants().Count(e => e.Name.LocalName == "node"), v13.Descendants().Count(e => e.Name.LocalName == "node"));
    }

    private static async Task<JsonObject> ReadAsync(HttpClient client, string url, string reader, string? secondUrl = null)
    {
        var files = new List<string>();
        try
        {
            foreach (var part in new[] { url, secondUrl }.OfType<string>())
            {
                using var response = await client.GetAsync(part);
                Assert.True(response.IsSuccessStatusCode, $"{part}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                var file = Path.Combine(Path.GetTempPath(), $"kg-oracle-{Guid.NewGuid():N}");
                await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
                files.Add(file);
            }

            return JsonNode.Parse(await PythonOracle.RunAsync(["read_export.py", reader, .. files]))!.AsObject();
        }
        finally
        {
            files.ForEach(File.Delete);
        }
    }
}

/// <summary>Runs a script of Exports/oracle with Debian's Python (/usr/bin/python3, where python3-networkx and python3-igraph live).</summary>
internal static class PythonOracle
{
    public static async Task<string> RunAsync(IReadOnlyList<string> arguments)
    {
        var folder = Path.GetDirectoryName(RepositoryFiles.Find("tests/KnowledgeGraph.Api.Tests/Exports/oracle/read_export.py"))!;
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("/usr/bin/python3 did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var problem = await error;
        Assert.True(process.ExitCode == 0, string.Create(CultureInfo.InvariantCulture, $"python3 {string.Join(' ', arguments)} exited {process.ExitCode}: {problem}"));
        return await output;
    }
}
