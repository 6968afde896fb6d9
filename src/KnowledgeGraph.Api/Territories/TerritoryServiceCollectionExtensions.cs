using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Territories;

public static class TerritoryServiceCollectionExtensions
{
    /// <summary>Territories by name, id in any case or INSEE code wherever a territory is expected (<see cref="TerritoryDirectorySource"/>).</summary>
    public static IServiceCollection AddKnowledgeGraphTerritories(this IServiceCollection services)
    {
        services.TryAddSingleton<TerritoryDirectorySource>();
        return services;
    }
}
