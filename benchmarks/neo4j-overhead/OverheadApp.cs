using KnowledgeGraph.Neo4j.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks.Neo4jOverhead;

/// <summary>The real app in process on the Neo4j store (seeded with the reference data at start), cache off, statements recorded.</summary>
public sealed class OverheadApp(Neo4jTarget target) : WebApplicationFactory<Program>
{
    public RecordingCypherRunner Recorder { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("KG_STORE", "neo4j");
        builder.UseSetting("KnowledgeGraph:SeedOnStart", "true");
        builder.UseSetting("KnowledgeGraph:Cache:Mode", "Off");
        // The deep operations are deliberately beyond the default request limits: this measures overhead, not limits.
        builder.UseSetting("KnowledgeGraph:Limits:MaxDepth", "40");
        builder.UseSetting("KnowledgeGraph:Limits:MaxCost", "2000000000");
        builder.UseSetting("KnowledgeGraph:Limits:RateLimitPermits", "0");
        builder.UseSetting("KnowledgeGraph:Limits:MaxConcurrentRequestsPerClient", "0");
        builder.UseSetting("NEO4J_URI", target.Uri);
        builder.UseSetting("NEO4J_USER", target.User);
        builder.UseSetting("NEO4J_PASSWORD", target.Password);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            var registered = services.Single(d => d.ServiceType == typeof(ICypherRunner));
            services.Remove(registered);
            services.AddSingleton<ICypherRunner>(provider => Recorder = new RecordingCypherRunner((ICypherRunner)registered.ImplementationFactory!(provider)));
        });
    }
}

public sealed record Neo4jTarget(string Uri, string User, string Password)
{
    public static Neo4jTarget FromEnvironment() => new(
        Environment.GetEnvironmentVariable("NEO4J_URI") ?? Environment.GetEnvironmentVariable("NEO4J_TEST_URI") ?? "bolt://127.0.0.1:17687",
        Environment.GetEnvironmentVariable("NEO4J_USER") ?? Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j",
        Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password");
}
