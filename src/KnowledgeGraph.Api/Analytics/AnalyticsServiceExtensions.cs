using KnowledgeGraph.Api.Analytics;
using KnowledgeGraph.Api.Analytics.Caching;
using KnowledgeGraph.Api.Analytics.GraphQL;
using KnowledgeGraph.Api.Analytics.Snapshots;
using KnowledgeGraph.Api.Exports;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Limits.Fairness;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api;

public static class AnalyticsServiceExtensions
{
    /// <summary>
    /// Registers the analytics: the snapshot of the store (in memory, or read from Neo4j and warmed at start), the bounded cache of
    /// graph-wide results, the lane their computations run in, <see cref="GraphAnalytics"/> and the analytics fields of the GraphQL Query root.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphAnalytics(this IServiceCollection services)
    {
        services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HeavyWorkLane>();
        services.TryAddSingleton<AnalyticsResultCache>();
        services.TryAddSingleton<InMemorySnapshotSource>();
        services.TryAddSingleton<Neo4jGraphFetch>();
        services.TryAddSingleton<Neo4jSnapshotSource>();
        services.TryAddSingleton<IGraphSnapshotSource, StoreSnapshotSource>();
        services.AddHostedService<SnapshotWarmUp>();
        services.TryAddSingleton<GraphAnalytics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IQueryFieldContributor, AnalyticsQueryFields>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IQueryFieldContributor, NetworkScienceQueryFields>());
        services.AddKnowledgeGraphExports();
        return services;
    }
}
