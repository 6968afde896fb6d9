using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Hosting;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Tests.Oracles;

namespace KnowledgeGraph.Api.Tests.Analytics;

/// <summary>
/// The researchers' fields on the reference data, checked from outside: the service's own co-participation graph
/// (as GraphQL returns it) is handed to networkx, whose statistics, scores, bridges and modularity the service's
/// answers must equal (1e-9).
/// </summary>
public sealed class NetworkScienceOracleTests(NetworkScienceOracleTests.ReferenceApp reference) : IClassFixture<NetworkScienceOracleTests.ReferenceApp>
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Filters =>
    [
        "{}",
        "{ actorKinds: [COMPANY, ASSOCIATION] }",
        "{ roles: [INITIATOR, OPERATOR] }",
        """{ categories: [SOCIETAL_INNOVATION], within: "REG-76" }""",
    ];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Network_statistics_agree_with_networkx_on_the_services_own_graph(string filter)
    {
        var app = await reference.AppAsync();
        var data = await app.DataAsync($$"""
            { coParticipation(filter: {{filter}}) { graph { nodes { id properties } edges { source target properties } } }
              networkStats(filter: {{filter}}) {
                nodeCount linkCount totalWeight averageDegree averageWeightedDegree density componentCount largestComponentSize
                diameter averagePathLength pathLengthsExact triangleCount averageClustering transitivity degeneracy degreeAssortativity } }
            """);
        var graph = GraphOf(data["coParticipation"]!["graph"]!);
        var expected = (await reference.OracleAsync(filter, graph))["stats"]!;
        var stats = data["networkStats"]!;

        Assert.True((bool)stats["pathLengthsExact"]!);
        foreach (var name in new[] { "nodeCount", "linkCount", "componentCount", "largestComponentSize", "diameter", "triangleCount", "degeneracy" })
        {
            Assert.Equal((double)expected[name]!, (double)stats[name]!);
        }

        foreach (var name in new[] { "totalWeight", "averageDegree", "averageWeightedDegree", "density", "averagePathLength", "averageClustering", "transitivity", "degreeAssortativity" })
        {
            var (reference, service) = ((double?)expected[name], (double?)stats[name]);
            Assert.True(reference is null ? service is null : service is not null && Math.Abs(reference.Value - service.Value) <= Tolerance,
                $"{name} with {filter}: networkx {reference}, service {service}");
        }
    }

    [Fact]
    public async Task Actor_kinds_and_roles_restrict_the_network()
    {
        var app = await reference.AppAsync();
        var data = await app.DataAsync("""
            { all: networkStats { nodeCount linkCount }
              kinds: coParticipation(filter: { actorKinds: [FOUNDATION] }) { actorCount graph { nodes { properties } } }
              roles: networkStats(filter: { roles: [FUNDER] }) { nodeCount linkCount } }
            """);

        Assert.All(data["kinds"]!["graph"]!["nodes"]!.AsArray(), n => Assert.Equal("FOUNDATION", (string)n!["properties"]!["kind"]!));
        Assert.InRange((int)data["kinds"]!["actorCount"]!, 1, (int)data["all"]!["nodeCount"]! - 1);
        Assert.InRange((int)data["roles"]!["linkCount"]!, 0, (int)data["all"]!["linkCount"]! - 1);
        Assert.Equal("INVALID_ARGUMENT", await app.ErrorCodeAsync("{ networkTimeline(from: 2019, to: 2020, filter: { fromYear: 2019 }) { year } }"));
    }

    [Theory]
    [InlineData("EIGENVECTOR", "eigenvector")]
    [InlineData("CLOSENESS", "closeness")]
    [InlineData("HARMONIC_CLOSENESS", "harmonicCloseness")]
    [InlineData("HUB", "hub")]
    [InlineData("CORE_NUMBER", "coreNumber")]
    [InlineData("CLUSTERING", "clustering")]
    public async Task Every_score_is_reachable_by_paging_and_agrees_with_networkx(string measure, string oracleKey)
    {
        var app = await reference.AppAsync();
        var graph = GraphOf((await app.DataAsync("{ coParticipation { graph { nodes { id } edges { source target properties } } } }"))["coParticipation"]!["graph"]!);
        var expected = (await reference.OracleAsync("{}", graph))[oracleKey]!.AsObject();

        var rows = new List<JsonNode>();
        string? after = null;
        int total;
        do
        {
            var page = (await app.DataAsync("""
                query($measure: CentralityMeasure!, $after: String) {
                  centralityScores(measure: $measure, first: 400, after: $after) {
                    totalCount hasNextPage endCursor scores { rank id label kind score region { id label properties } } } }
                """, new { measure, after }))["centralityScores"]!;
            rows.AddRange(page["scores"]!.AsArray()!);
            total = (int)page["totalCount"]!;
            after = (bool)page["hasNextPage"]! ? (string)page["endCursor"]! : null;
        }
        while (after is not null);

        Assert.Equal(graph.NodeCount, total);
        Assert.Equal(Enumerable.Range(1, total), rows.Select(r => (int)r["rank"]!));
        Assert.Equal(graph.NodeIds.Order(StringComparer.Ordinal), rows.Select(r => (string)r["id"]!).Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            Assert.True(Math.Abs((double)expected[(string)row["id"]!]! - (double)row["score"]!) <= Tolerance, $"{measure} of {row["id"]}");
            Assert.Equal("Actor", (string)row["label"]!);
            Assert.NotNull((string?)row["kind"]);
        }

        // Ranked by score, ties by id; nearly every actor is based in a region.
        Assert.All(rows.Zip(rows.Skip(1)), p => Assert.True(
            (double)p.First["score"]! > (double)p.Second["score"]!
            || ((double)p.First["score"]! == (double)p.Second["score"]! && string.CompareOrdinal((string)p.First["id"]!, (string)p.Second["id"]!) < 0)));
        Assert.All(rows.Where(r => r["region"] is not null), r => Assert.Equal("REGION", (string)r["region"]!["properties"]!["level"]!));
        Assert.True(rows.Count(r => r["region"] is not null) > rows.Count / 2);
    }

    [Fact]
    public async Task Bridges_articulation_points_and_community_modularity_agree_with_networkx()
    {
        var app = await reference.AppAsync();
        var data = await app.DataAsync("""
            { coParticipation { graph { nodes { id } edges { source target properties } } }
              networkCuts { bridges { source { id } target { id } weight } articulationPoints { id } }
              leiden: communities(algorithm: LEIDEN, seed: 3, top: 1000) { modularity communityCount communities { members { id } } }
              lpa: communities(algorithm: LABEL_PROPAGATION, seed: 3, top: 1000) { modularity communityCount communities { members { id } } } }
            """);
        var graph = GraphOf(data["coParticipation"]!["graph"]!);
        var partitions = new Dictionary<string, IReadOnlyList<int>>
        {
            ["leiden"] = Assignment(graph, data["leiden"]!),
            ["labelPropagation"] = Assignment(graph, data["lpa"]!),
        };
        var expected = (await NetworkxOracle.RunAsync([new OracleGraph("live", graph, partitions)]))[0];

        var bridges = data["networkCuts"]!["bridges"]!.AsArray().Select(b => $"{b!["source"]!["id"]}|{b["target"]!["id"]}").Order(StringComparer.Ordinal);
        Assert.Equal(expected["bridges"]!.AsArray().Select(b => $"{b![0]}|{b[1]}").Order(StringComparer.Ordinal), bridges);
        Assert.Equal(expected["articulationPoints"]!.AsArray().Select(a => (string)a!).Order(StringComparer.Ordinal),
            data["networkCuts"]!["articulationPoints"]!.AsArray().Select(a => (string)a!["id"]!).Order(StringComparer.Ordinal));
        foreach (var (name, field) in new[] { ("leiden", "leiden"), ("labelPropagation", "lpa") })
        {
            Assert.True(Math.Abs((double)expected["modularity"]![name]! - (double)data[field]!["modularity"]!) <= Tolerance, name);
            Assert.True((bool)expected["connected"]![name]!, $"{name}: a community is not connected");
        }

        Assert.True((double)data["leiden"]!["modularity"]! >= 0.98 * Math.Max((double)expected["networkxLouvainModularity"]!, (double)expected["igraphLeidenModularity"]!));
    }

    [Fact]
    public async Task The_timeline_gives_each_years_network()
    {
        var app = await reference.AppAsync();
        var data = await app.DataAsync("""
            { networkTimeline(from: 2016, to: 2019, filter: { categories: [PATRONAGE] }) { year stats { nodeCount linkCount averageClustering } }
              y2017: networkStats(filter: { categories: [PATRONAGE], fromYear: 2017, toYear: 2017 }) { nodeCount linkCount averageClustering } }
            """);

        var rows = data["networkTimeline"]!.AsArray();
        Assert.Equal([2016, 2017, 2018, 2019], rows.Select(r => (int)r!["year"]!));
        Assert.Equal(data["y2017"]!.ToJsonString(), rows[1]!["stats"]!.ToJsonString());
        Assert.Contains(rows, r => (int)r!["stats"]!["nodeCount"]! > 0);
        Assert.Equal("INVALID_ARGUMENT", await app.ErrorCodeAsync("{ networkTimeline(from: 2020, to: 2019) { year } }"));
    }

    private static WeightedGraph GraphOf(JsonNode graph) => WeightedGraph.Create(
        graph["nodes"]!.AsArray().Select(n => (string)n!["id"]!),
        graph["edges"]!.AsArray().Select(e => ((string)e!["source"]!, (string)e["target"]!, (double)e["properties"]!["weight"]!)));

    private static int[] Assignment(WeightedGraph graph, JsonNode communities)
    {
        var assignment = new int[graph.NodeCount];
        var index = 0;
        foreach (var community in communities["communities"]!.AsArray())
        {
            foreach (var member in community!["members"]!.AsArray())
            {
                assignment[graph.IndexOf((string)member!["id"]!)] = index;
            }

            index++;
        }

        Assert.Equal((int)communities["communityCount"]!, index);
        return assignment;
    }

    /// <summary>The real app on the repository's reference data (embedded store), started once for the class.</summary>
    public sealed class ReferenceApp : IAsyncDisposable
    {
        private readonly Lazy<Task<AnalyticsApp>> _app = new(() =>
        {
            var factory = new KnowledgeGraphAppFactory();
            return Task.FromResult(new AnalyticsApp(factory, factory.CreateClient()));
        });

        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<JsonObject>>> _oracle = new();

        public Task<AnalyticsApp> AppAsync() => _app.Value;

        /// <summary>networkx's answers for the co-participation graph of one filter, computed once for the class.</summary>
        public Task<JsonObject> OracleAsync(string filter, WeightedGraph graph) => _oracle.GetOrAdd(filter, _ => new(async () =>
            (await NetworkxOracle.RunAsync([new OracleGraph(filter, graph, new Dictionary<string, IReadOnlyList<int>>())]))[0])).Value;

        public async ValueTask DisposeAsync()
        {
            if (_app.IsValueCreated)
            {
                await (await _app.Value).DisposeAsync();
            }
        }
    }
}
