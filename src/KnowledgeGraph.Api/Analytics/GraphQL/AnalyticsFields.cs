using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.Analytics.Snapshots;
using KnowledgeGraph.Api.GraphQL.Planning;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Api.Territories;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>Builders for the analytics output fields and root resolvers with the API's error codes.</summary>
internal static class AnalyticsFields
{
    public static FieldType Of<TSource>(string name, IGraphType type, string description, Func<TSource, object?> value) =>
        TypeRefs.Field(name, type, description, new FuncFieldResolver<object?>(context => value((TSource)context.Source!)));

    /// <summary>A root field resolved by <paramref name="body"/> with <see cref="GraphAnalytics"/>; client errors keep their code.</summary>
    public static FieldType Root(string name, IGraphType type, string description, QueryArguments arguments,
        Func<IResolveFieldContext, GraphAnalytics, Task<object?>> body)
    {
        var field = TypeRefs.Field(name, type, description, new FuncFieldResolver<object?>(async context =>
        {
            try
            {
                var analytics = context.RequestServices!.GetRequiredService<GraphAnalytics>();
                return await body(context, analytics);
            }
            catch (AnalyticsWarmingException warming)
            {
                throw new AnalyticsWarmingError(warming);
            }
            catch (StoreException exception)
            {
                throw StoreErrors.ToExecutionError(exception);
            }
            catch (PlanningException exception)
            {
                throw new ExecutionError(exception.Message) { Code = exception.Code };
            }
        }));
        field.Arguments = arguments;
        return field;
    }
}
