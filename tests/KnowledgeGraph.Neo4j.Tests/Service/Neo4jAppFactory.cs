using KnowledgeGraph.Neo4j.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Neo4j.Tests.Service;

/// <summary>
/// The real app (Program) in memory, configured as a container would be (KG_STORE=neo4j, NEO4J_URI, …) against
/// <paramref name="boltUri"/>, response cache off; optionally wrapping the Cypher runner (to count RUNs).
/// </summary>
public sealed class Neo4jAppFactory(string boltUri, Func<ICypherRunner, ICypherRunner>? wrapRunner = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("KG_STORE", "neo4j");
        builder.UseSetting("NEO4J_URI", boltUri);
        builder.UseSetting("NEO4J_USER", Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j");
        builder.UseSetting("NEO4J_PASSWORD", Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password");
        builder.UseSetting("KnowledgeGraph:Cache:Mode", "Off");
        // These tests count round trips and simulate outages with deliberately deep queries; the request limits
        // have their own tests.
        builder.UseSetting("KnowledgeGraph:Limits:MaxDepth", "40");
        builder.UseSetting("KnowledgeGraph:Limits:MaxCost", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (wrapRunner is null)
            return;
        // A wrapped runner counts or disturbs RUNs: the analytics snapshot read warmed at start would run through it too.
        builder.UseSetting("KnowledgeGraph:Analytics:WarmOnStart", "false");
        builder.ConfigureTestServices(services =>
        {
            var registered = services.Single(d => d.ServiceType == typeof(ICypherRunner));
            services.Remove(registered);
            services.AddSingleton(provider => wrapRunner((ICypherRunner)registered.ImplementationFactory!(provider)));
        });
    }

    public static string TestUri => Environment.GetEnvironmentVariable("NEO4J_TEST_URI") ?? "bolt://127.0.0.1:17687";
}
