namespace KnowledgeGraph.Bolt.Tests.Real;

/// <summary>The real Neo4j 3.1.1 started by tools/neo4j/start.sh; connection settings come from environment variables.</summary>
public sealed class Neo4jFixture : IAsyncLifetime
{
    public static string Uri => Environment.GetEnvironmentVariable("NEO4J_TEST_URI") ?? "bolt://127.0.0.1:17687";
    public static string User => Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j";
    public static string Password => Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password";
    public static string Home => Environment.GetEnvironmentVariable("NEO4J_TEST_HOME") ?? "/work/main/.tools/neo4j/neo4j-community-3.1.1";

    public BoltDriver Driver { get; private set; } = null!;

    public static BoltDriver CreateDriver(Action<BoltDriverOptions>? configure = null) =>
        BoltDriver.Create(Uri, AuthToken.Basic(User, Password), options =>
        {
            options.InitialRetryDelay = TimeSpan.FromMilliseconds(200);
            configure?.Invoke(options);
        });

    public async Task InitializeAsync()
    {
        Driver = CreateDriver();
        await Driver.VerifyConnectivityAsync();
    }

    public async Task DisposeAsync() => await Driver.DisposeAsync();

    /// <summary>A label unique to one test, so tests neither see nor clean each other's data.</summary>
    public static string UniqueLabel() => "T" + Guid.NewGuid().ToString("N")[..12];

    public async Task DeleteLabelAsync(string label)
    {
        await using var session = Driver.Session();
        await (await session.RunAsync($"MATCH (n:{label}) DETACH DELETE n")).ConsumeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jFixture>
{
    public const string Name = "Neo4j 3.1.1";
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jRestartCollection : ICollectionFixture<Neo4jFixture>
{
    public const string Name = "Neo4j 3.1.1 restarts";
}
