using KnowledgeGraph.Bolt;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg seed</c> against the real test Neo4j (NEO4J_TEST_URI / _USER / _PASSWORD); each test empties it first.</summary>
[Collection(TestNeo4j.CollectionName)]
public sealed class SeedCommandTests(TestNeo4j neo4j)
{
    private static readonly string[] Actors =
    [
        "id:ID,name,kind,foundedYear:int,source",
        "ACT-A,Garonne Numérique SAS,COMPANY,2001,SYNTHETIC",
        "ACT-B,Association Jardins Solidaires,ASSOCIATION,,SYNTHETIC",
    ];

    [Fact]
    public async Task Seeds_validated_sets_with_progress_and_counts_and_a_second_run_changes_nothing()
    {
        using var root = ValidSets();
        await neo4j.EmptyAsync();

        var first = await SeedAsync(root.Path, "one,two");
        var afterFirst = await neo4j.SnapshotAsync();
        var second = await SeedAsync(root.Path, "one,two");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Matches(@"Actor\s+2\n", first.Output);
        Assert.Contains("Actor nodes: 2/2", first.Output);
        Assert.Contains("Seeded 4 nodes and 3 relationships", first.Output);
        Assert.Equal("nodes 4, relationships 3, properties 'ACT-A|Garonne Numérique SAS|2001;ACT-B|Association Jardins Solidaires|'", afterFirst);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(afterFirst, await neo4j.SnapshotAsync());
    }

    [Fact]
    public async Task Invalid_data_is_reported_as_file_line_message_and_nothing_is_written()
    {
        using var root = ValidSets();
        root.Write("one/nodes/Actor.csv", [.. Actors, "ACT-C,X,COMPNY,,SYNTHETIC"]);
        await neo4j.EmptyAsync();

        var run = await SeedAsync(root.Path, "one,two");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("one/nodes/Actor.csv:4: column 'kind': 'COMPNY'", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("nodes 0, relationships 0, properties ''", await neo4j.SnapshotAsync());
    }

    [Fact]
    public async Task An_unreachable_server_is_one_clear_line()
    {
        using var root = ValidSets();

        var run = await KgRun.InvokeAsync("seed", "--seed-dir", root.Path, "--sets", "one,two", "--uri", "bolt://127.0.0.1:1", "--password", "x");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: DATABASE_UNAVAILABLE: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    private Task<KgRun> SeedAsync(string seedRoot, string sets) => KgRun.InvokeAsync(
        "seed", "--seed-dir", seedRoot, "--sets", sets, "--uri", neo4j.Uri, "--user", neo4j.User, "--password", neo4j.Password);

    private static TempFolder ValidSets()
    {
        var root = new TempFolder();
        root.Write("one/nodes/Actor.csv", Actors);
        root.Write("one/nodes/Territory.csv", "id:ID,name,level,source", "REG-76,Occitanie,REGION,CURATED", "DEP-34,Hérault,DEPARTMENT,CURATED");
        root.Write("one/relationships/PART_OF.csv", ":START_ID,:END_ID", "DEP-34,REG-76");
        root.Write("two/relationships/BASED_IN.csv", ":START_ID,:END_ID", "ACT-A,DEP-34", "ACT-B,REG-76");
        return root;
    }
}

/// <summary>The real test Neo4j, shared by the tests that empty and seed it (they run one at a time).</summary>
public sealed class TestNeo4j : IAsyncDisposable
{
    public const string CollectionName = "Neo4j";

    private readonly BoltDriver _driver;

    public TestNeo4j() => _driver = BoltDriver.Create(Uri, AuthToken.Basic(User, Password));

    public string Uri { get; } = Environment.GetEnvironmentVariable("NEO4J_TEST_URI") ?? "bolt://127.0.0.1:17687";

    public string User { get; } = Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j";

    public string Password { get; } = Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password";

    public Task EmptyAsync() => RunAsync("MATCH (n) DETACH DELETE n");

    /// <summary>Counts and the actors' stored values: what a second seeding must leave as it was.</summary>
    public async Task<string> SnapshotAsync()
    {
        var nodes = await ScalarAsync("MATCH (n) RETURN count(n) AS c");
        var relationships = await ScalarAsync("MATCH ()-[r]->() RETURN count(r) AS c");
        var actors = await QueryAsync("MATCH (a:Actor) RETURN a.id + '|' + a.name + '|' + coalesce(toString(a.foundedYear), '') AS v ORDER BY a.id");
        return $"nodes {nodes}, relationships {relationships}, properties '{string.Join(";", actors)}'";
    }

    public ValueTask DisposeAsync() => _driver.DisposeAsync();

    private async Task<object?> ScalarAsync(string cypher) => (await QueryAsync(cypher)).Single();

    private async Task<List<object?>> QueryAsync(string cypher)
    {
        await using var session = _driver.Session();
        var result = await session.RunAsync(cypher);
        return (await result.ToListAsync()).Select(record => record.ToDictionary().Values.Single()).ToList();
    }

    private async Task RunAsync(string cypher) => await QueryAsync(cypher);
}

[CollectionDefinition(TestNeo4j.CollectionName)]
public sealed class TestNeo4jCollection : ICollectionFixture<TestNeo4j>;
