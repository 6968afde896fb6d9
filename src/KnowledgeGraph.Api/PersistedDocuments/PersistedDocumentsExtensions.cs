using KnowledgeGraph.Api.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.PersistedDocuments;

public static class PersistedDocumentsExtensions
{
    /// <summary>
    /// Registers persisted operations for the GraphQL endpoint: trusted documents from a manifest, Apollo's automatic
    /// persisted queries (in memory, shared through Redis in Redis cache mode), trusted-only mode. Validated at start-up.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphPersistedDocuments(this IServiceCollection services)
    {
        services.AddOptions<PersistedDocumentsOptions>().BindConfiguration(PersistedDocumentsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersistedDocumentsOptions>, PersistedDocumentsOptionsValidator>());
        services.AddSingleton<TrustedDocumentManifest>();
        services.AddSingleton<AutomaticPersistedQueryStore>();
        services.AddSingleton<IPersistedDocumentResolver, PersistedDocumentResolver>();
        return services;
    }
}
