using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Tests.Hosting;
using KnowledgeGraph.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>
/// The real app with some <c>KnowledgeGraph:Limits</c> settings, optionally configured API keys (reader role), other
/// settings (full keys), and optionally a store test double.
/// </summary>
public sealed class LimitsAppFactory(
    IReadOnlyDictionary<string, string>? limits = null,
    IGraphStore? store = null,
    IReadOnlyList<string>? apiKeys = null,
    IReadOnlyDictionary<string, string>? settings = null)
    : KnowledgeGraphAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in limits ?? new Dictionary<string, string>())
            builder.UseSetting($"KnowledgeGraph:Limits:{key}", value);
        for (var i = 0; i < (apiKeys?.Count ?? 0); i++)
        {
            builder.UseSetting($"KnowledgeGraph:Auth:ApiKeys:{i}:name", apiKeys![i]);
            builder.UseSetting($"KnowledgeGraph:Auth:ApiKeys:{i}:hash", ApiKeyHash.Of(apiKeys[i]));
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        if (store is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(store));
    }
}
