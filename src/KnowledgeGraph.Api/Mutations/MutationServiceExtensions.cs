using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Mutations.Schema;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Mutations;

public static class MutationServiceExtensions
{
    /// <summary>Adds the generated Mutation root to the GraphQL schema; writes go to <see cref="Hosting.GraphStoreHolder.Writer"/>.</summary>
    public static IServiceCollection AddKnowledgeGraphMutations(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchemaContributor, MutationSchemaContributor>());
        return services;
    }
}
