using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Neo4j.Execution;
using KnowledgeGraph.Neo4j.Health;
using KnowledgeGraph.Neo4j.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Neo4j.DependencyInjection;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>The configuration section bound to <see cref="Neo4jStoreOptions"/>.</summary>
    public const string SectionName = "KnowledgeGraph:Neo4j";

    /// <summary>
    /// Registers the Neo4j store and what it needs: options (the configuration section <see cref="SectionName"/>, then
    /// the flat <c>NEO4J_*</c> keys), one <see cref="BoltDriver"/> (its pool), the <see cref="ICypherRunner"/>, the store, the
    /// seeder and the health check. Nothing connects until the store is first used.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services)
    {
        services.AddOptions<Neo4jStoreOptions>()
            .BindConfiguration(SectionName)
            .PostConfigure<IConfiguration>((options, configuration) => Neo4jEnvironment.Apply(configuration, options));
        services.TryAddSingleton<GraphSchema>(KnowledgeGraphSchema.Instance);
        services.TryAddSingleton(CreateDriver);
        services.TryAddSingleton<ICypherRunner>(provider => new BoltCypherRunner(
            provider.GetRequiredService<BoltDriver>(),
            provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value.Database));
        services.TryAddSingleton(provider => new Neo4jGraphStore(
            provider.GetRequiredService<GraphSchema>(),
            provider.GetRequiredService<ICypherRunner>(),
            provider.GetService<ILogger<Neo4jGraphStore>>()));
        services.TryAddTransient(provider => new Neo4jSeeder(
            provider.GetRequiredService<ICypherRunner>(),
            provider.GetRequiredService<GraphSchema>(),
            provider.GetService<ILogger<Neo4jSeeder>>()));
        services.TryAddSingleton<Neo4jHealthCheck>();
        return services;
    }

    /// <summary>
    /// A service must fail fast while the database is away (a query then answers DATABASE_UNAVAILABLE at once)
    /// rather than wait the driver's defaults (30 s to connect, 60 s for a pooled connection).
    /// </summary>
    private static BoltDriver CreateDriver(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;
        return BoltDriver.Create(
            options.Uri,
            AuthToken.Basic(options.User, options.Password),
            driver =>
            {
                driver.ConnectionTimeout = TimeSpan.FromSeconds(5);
                driver.ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(10);
                driver.UserAgent = "KnowledgeGraph/1.0";
            },
            provider.GetService<ILoggerFactory>());
    }
}
