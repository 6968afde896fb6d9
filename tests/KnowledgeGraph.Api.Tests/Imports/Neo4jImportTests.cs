using KnowledgeGraph.Api.Tests.Analytics;
using KnowledgeGraph.Api.Tests.Mutations;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;
using Microsoft.AspNetCore.Hosting;
using static KnowledgeGraph.Api.Tests.Imports.SeedZip;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Imports;

/// <summary>
/// The real app on the test Neo4j (NEO4J_TEST_URI…), the curated set merged into it at start-up (idempotent; the
/// database is not emptied): its writer is another one (Cypher in one transaction), so the large import is run there too.
/// </summary>
public sealed class Neo4jWriteAppFactory : WriteAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:Store", "neo4j");
        builder.UseSetting("KnowledgeGraph:SeedOnStart", "true");
        builder.UseSetting("KnowledgeGraph:Cache:Mode", "Off");
        builder.UseSetting("KnowledgeGraph:Neo4j:Uri", AnalyticsStores.Neo4jUri);
        builder.UseSetting("KnowledgeGraph:Neo4j:User", AnalyticsStores.Neo4jUser);
        builder.UseSetting("KnowledgeGraph:Neo4j:Password", AnalyticsStores.Neo4jPassword);
    }
}

[Collection(AnalyticsCollection.Name)] // shares the one test Neo4j with the tests that empty and reseed it
public sealed class Neo4jImportTests(Neo4jWriteAppFactory app) : IClassFixture<Neo4jWriteAppFactory>, IAsyncLifetime
{
    private readonly string prefix = "NEO" + Unique();

    public Task InitializeAsync() => Task.CompletedTask;

    // The shared test database keeps nothing of this test.
    public async Task DisposeAsync()
    {
        await using var driver = BoltDriver.Create(AnalyticsStores.Neo4jUri, AuthToken.Basic(AnalyticsStores.Neo4jUser, AnalyticsStores.Neo4jPassword));
        await new BoltCypherRunner(driver, null).RunAsync(new CypherStatement(
            "MATCH (n) WHERE n.id STARTS WITH $a OR n.id STARTS WITH $b DETACH DELETE n",
            new Dictionary<string, object?> { ["a"] = $"ACT-{prefix}-", ["b"] = $"ALL-{prefix}-" }), CancellationToken.None);
    }

    [Fact]
    public async Task A_large_import_is_one_commit_on_neo4j_and_a_clash_writes_nothing()
    {
        var client = app.CreateClient();
        const string counts = "{ actors { totalCount } alliances { totalCount } }";
        var (alliances, participations) = Alliances(prefix, 4000);
        var body = Of([("nodes/Actor.csv", Actors(prefix, 4000)), ("nodes/Alliance.csv", alliances),
            ("relationships/PARTICIPATES_IN.csv", participations)], System.IO.Compression.CompressionLevel.NoCompression);
        var before = await DataAsync(client, counts);

        var (status, answer) = await PostAsync(client, Request(body));

        Assert.True(status == 200, answer.ToJsonString());
        Assert.Equal((4400, 4000), ((int)answer["data"]!["nodesCreatedCount"]!, (int)answer["data"]!["relationshipsCreatedCount"]!));
        var after = await DataAsync(client, counts);
        Assert.Equal((int)before["actors"]!["totalCount"]! + 4000, (int)after["actors"]!["totalCount"]!);
        var read = await DataAsync(client, $$"""{ node(id: "ACT-{{prefix}}-1234") { ... on Actor { alliances { nodes { id } } } } }""");
        Assert.Equal($"ALL-{prefix}-123", (string)read["node"]!["alliances"]!["nodes"]![0]!["id"]!);

        // The same files again: every id is taken now; refused with file:line, nothing written.
        var (refused, errors) = await PostAsync(client, Request(Of([("nodes/Actor.csv", Actors(prefix, 5))])));
        Assert.Equal(400, refused);
        Assert.Equal(Enumerable.Repeat("DUPLICATE_ID", 5), Codes(errors));
        Assert.Equal("nodes/Actor.csv:6", (string)errors["errors"]![4]!["extensions"]!["field"]!);
        Assert.Equal(after.ToJsonString(), (await DataAsync(client, counts)).ToJsonString());
    }

    [Fact]
    public async Task An_import_links_new_actors_to_nodes_stored_in_neo4j_and_an_absent_end_writes_nothing()
    {
        var client = app.CreateClient();
        var based = $":START_ID,:END_ID\nACT-{prefix}-L0,REG-76\nACT-{prefix}-L1,DEP-34\n";
        var actors = $"id:ID,name,kind,source\nACT-{prefix}-L0,Lié zéro,COMPANY,IMPORT\nACT-{prefix}-L1,Lié un,ASSOCIATION,IMPORT\n";

        var (status, answer) = await PostAsync(client, Request(Of([("nodes/Actor.csv", actors), ("relationships/BASED_IN.csv", based)])));

        Assert.True(status == 200, answer.ToJsonString());
        var read = await DataAsync(client, $$"""{ actors(where: { id: { in: ["ACT-{{prefix}}-L0", "ACT-{{prefix}}-L1"] }, territories: { some: { within: "Occitanie" } } }) { nodes { id } } }""");
        Assert.Equal([$"ACT-{prefix}-L0", $"ACT-{prefix}-L1"], read["actors"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).Order());

        var missing = $":START_ID,:END_ID\nACT-{prefix}-M0,DEP-999\n";
        var (refused, errors) = await PostAsync(client, Request(Of([
            ("nodes/Actor.csv", $"id:ID,name,kind,source\nACT-{prefix}-M0,Manquant,COMPANY,IMPORT\n"), ("relationships/BASED_IN.csv", missing)])));
        Assert.Equal(400, refused);
        Assert.Equal(["UNKNOWN_ID"], Codes(errors));
        Assert.Equal("relationships/BASED_IN.csv:2", (string)errors["errors"]![0]!["extensions"]!["field"]!);
        Assert.Null((await DataAsync(client, $$"""{ node(id: "ACT-{{prefix}}-M0") { id } }"""))["node"]);
    }
}
