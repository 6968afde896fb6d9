using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Equivalence.Tests;

/// <summary>
/// The real app (Program) in memory on one store, response cache off (every answer comes from the store). Both
/// apps read the repository's graph-seed; the Neo4j one loads it into the test Neo4j at start (SeedOnStart).
/// </summary>
public sealed class StoreApp(string store) : WebApplicationFactory<Program>
{
    public string Store { get; } = store;

    public static string Neo4jUri => Environment.GetEnvironmentVariable("NEO4J_TEST_URI") ?? "bolt://127.0.0.1:17687";

    public static string Neo4jUser => Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j";

    public static string Neo4jPassword => Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("KG_STORE", Store);
        builder.UseSetting("KnowledgeGraph:Cache:Mode", "Off");
        // Reads only: the embedded store in memory from the seed, no graph file (the durable one reads the same way).
        builder.UseSetting("KnowledgeGraph:Durable", "false");
        // Neo4j 3.1's planner spends seconds on the first plan of a deep or var-length pattern (measured: 5–7 s for the
        // first "France inside" read on a loaded 2-core machine, then under a second): the comparison is about answers,
        // so the query timeout leaves room for a first plan.
        builder.UseSetting("KnowledgeGraph:Limits:QueryTimeout", "00:00:45");
        if (Store != "neo4j")
            return;
        builder.UseSetting("KnowledgeGraph:SeedOnStart", "true");
        builder.UseSetting("NEO4J_URI", Neo4jUri);
        builder.UseSetting("NEO4J_USER", Neo4jUser);
        builder.UseSetting("NEO4J_PASSWORD", Neo4jPassword);
    }
}
