using KnowledgeGraph.Api.Tests.Hosting;
using KnowledgeGraph.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>The real app with some <c>KnowledgeGraph:Limits</c> settings, and optionally a store test double.</summary>
public sealed class LimitsAppFactory(IReadOnlyDictionary<string, string>? limits = null, IGraphStore? store = null)
    : KnowledgeGraphAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in limits ?? new Dictionary<string, string>())
            builder.UseSetting($"KnowledgeGraph:Limits:{key}", value);
        if (store is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(store));
    }
}
