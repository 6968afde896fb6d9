using System.IO.Compression;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Cors;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Suggestions;
using KnowledgeGraph.Api.Http.Failures;
using KnowledgeGraph.Api.Imports;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Api.Mutations;
using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.Api.Subscriptions;
using KnowledgeGraph.Api.PersistedDocuments;
using KnowledgeGraph.Api.Territories;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Neo4j.DependencyInjection;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Hosting;

public static class KnowledgeGraphServiceExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    public const string ReadyTag = "ready";

    /// <summary>Registers everything the service needs: options, the store, GraphQL, compression, health checks, cache, metrics.</summary>
    public static WebApplicationBuilder AddKnowledgeGraph(this WebApplicationBuilder builder)
    {
        UseDefaultUrlUnlessConfigured(builder);
        var services = builder.Services;
        services.AddOptions<KnowledgeGraphOptions>().BindConfiguration(KnowledgeGraphOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) =>
                options.Store = configuration[KnowledgeGraphOptions.StoreEnvironmentVariable] is { Length: > 0 } store ? store : options.Store);
        services.AddNeo4jGraphStore();
        services.TryAddSingleton<GraphSchema>(KnowledgeGraphSchema.Instance);
        services.AddSingleton<GraphStoreHolder>();
        services.AddSingleton<GraphStoreStartup>();
        services.AddSingleton<Neo4jStoreStartup>();
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<GraphStoreHolder>().Store);
        services.AddKnowledgeGraphGraphQL();
        services.AddDidYouMean();
        services.AddKnowledgeGraphMutations();
        services.AddKnowledgeGraphImports();
        services.AddKnowledgeGraphAuth();
        services.AddKnowledgeGraphAnalytics();
        services.AddKnowledgeGraphLimits();
        services.AddKnowledgeGraphSubscriptions();
        services.AddCodedErrorPages();
        services.AddKnowledgeGraphCors();
        services.AddKnowledgeGraphPersistedDocuments();
        services.AddKnowledgeGraphTerritories();
        services.AddResponseCompression(ConfigureCompression);
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("graph-store", tags: [ReadyTag]);
        services.AddKnowledgeGraphCaching(builder.Configuration, ReadyTag);
        services.AddKnowledgeGraphObservability(ReadyTag);
        return builder;
    }

    private static void UseDefaultUrlUnlessConfigured(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = configuration["urls"] ?? configuration["http_ports"] ?? configuration["https_ports"];
        if (string.IsNullOrEmpty(configured) && !configuration.GetSection("Kestrel:Endpoints").Exists())
            builder.WebHost.UseUrls(DefaultUrl);
    }

    private static void ConfigureCompression(ResponseCompressionOptions options)
    {
        options.EnableForHttps = true;
        options.Providers.Add<BrotliCompressionProvider>();
        options.Providers.Add<GzipCompressionProvider>();
        options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
        [
            "application/wasm", "font/ttf", "application/x-font-ttf", "application/font-sfnt", "image/svg+xml",
            "application/graphql-response+json",
        ]);
    }
}
