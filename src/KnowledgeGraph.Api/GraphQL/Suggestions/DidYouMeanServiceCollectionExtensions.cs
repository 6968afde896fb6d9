using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.GraphQL.Suggestions;

public static class DidYouMeanServiceCollectionExtensions
{
    /// <summary>
    /// "Did you mean" in errors: unknown enum values, fields, arguments and input fields get the closest names of the
    /// schema at the end of their message and in <c>extensions.suggestions</c> (see <see cref="DidYouMeanExecution"/>).
    /// </summary>
    public static IServiceCollection AddDidYouMean(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, DidYouMeanExecution>());
        return services;
    }
}
