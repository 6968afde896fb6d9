using KnowledgeGraph.Api.Analytics.Caching;
using KnowledgeGraph.Api.Analytics.Snapshots;
using KnowledgeGraph.Api.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Analytics;

[Collection(AnalyticsCollection.Name)]
public sealed class SnapshotCachingTests(AnalyticsStores stores)
{
    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task The_snapshot_is_built_once_per_data_version_and_graph_wide_results_once_per_snapshot(string store)
    {
        var app = await stores.AppAsync(store);
        var snapshots = app.Services.GetRequiredService<IGraphSnapshotSource>();
        var cache = app.Services.GetRequiredService<AnalyticsResultCache>();
        const string query = "{ centrality(measure: CLOSENESS, filter: { categories: [PATRONAGE] }) { id score } }";

        var first = await WarmedAsync(snapshots);
        var again = await WarmedAsync(snapshots);
        var answer = (await app.DataAsync(query)).ToJsonString();
        var entries = cache.Count;
        var repeated = (await app.DataAsync(query)).ToJsonString();

        Assert.Same(first, again);
        Assert.Equal(answer, repeated);
        Assert.Equal(entries, cache.Count); // the network and the scores were reused, not computed again

        if (store == AnalyticsStores.Neo4j)
        {
            // A write through the service bumps the data version: the next snapshot is fetched anew, with a new version.
            await app.Services.GetRequiredService<IDataVersion>().BumpAsync(CancellationToken.None);
            var refetched = await WarmedAsync(snapshots);
            Assert.NotSame(first, refetched);
            Assert.True(refetched.Version > first.Version);
            Assert.Equal(first.View.NodeCount, refetched.View.NodeCount);
            Assert.Equal(answer, (await app.DataAsync(query)).ToJsonString());
        }
    }

    /// <summary>The snapshot, as a client gets it: on Neo4j the first read may still be running (ANALYTICS_WARMING), retried after its delay.</summary>
    private static async Task<GraphSnapshot> WarmedAsync(IGraphSnapshotSource snapshots)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await snapshots.GetAsync(CancellationToken.None);
            }
            catch (AnalyticsWarmingException warming) when (attempt < 20)
            {
                await Task.Delay(warming.RetryAfter);
            }
        }
    }
}
