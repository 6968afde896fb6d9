using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Tests.GraphQL;
using KnowledgeGraph.Api.Tests.Hosting;
using KnowledgeGraph.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>
/// The real app on the flagship test seed with cache settings of the test's own; the store is the real embedded store
/// behind a counting decorator, so a test sees whether an answer came from the store or from the cache.
/// </summary>
public sealed class CachingAppFactory(string seedRoot, IReadOnlyDictionary<string, string?> settings) : KnowledgeGraphAppFactory
{
    private CountingGraphStore? store;

    internal CountingGraphStore CountingStore => store ?? throw new InvalidOperationException("The store is not resolved yet.");

    public int StoreCalls => store?.Calls ?? 0;

    /// <summary>Wraps the store the app would use (e.g. in a slow stub); the counting decorator stays outermost.</summary>
    public Func<IGraphStore, IGraphStore>? WrapStore { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeGraph:SeedDirectory", seedRoot);
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<IGraphStore>(provider =>
        {
            var real = provider.GetRequiredService<GraphStoreHolder>().Store;
            return store = new CountingGraphStore(WrapStore?.Invoke(real) ?? real);
        }));
    }
}
