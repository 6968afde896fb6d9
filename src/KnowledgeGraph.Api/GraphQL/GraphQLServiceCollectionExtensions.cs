using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Introspection;
using KnowledgeGraph.Api.GraphQL.Resolvers;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using Microsoft.Extensions.DependencyInjection.Extensions;
using GraphQLSerializer = GraphQL.SystemTextJson.GraphQLSerializer;

namespace KnowledgeGraph.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL schema generated from the graph schema (the registered <see cref="GraphSchema"/>, else
    /// <see cref="KnowledgeGraphSchema.Instance"/>), the document executer and the System.Text.Json serializer.
    /// Resolvers need an <see cref="Core.Store.IGraphStore"/> in the request services.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphGraphQL(this IServiceCollection services)
    {
        services.TryAddSingleton<ISchema>(provider =>
        {
            var schema = new KnowledgeGraphGraphQLSchema(provider.GetService<GraphSchema>() ?? KnowledgeGraphSchema.Instance);
            foreach (var contributor in provider.GetServices<IQueryFieldContributor>()) contributor.Contribute(schema);
            foreach (var contributor in provider.GetServices<ISchemaContributor>()) contributor.Contribute(schema);
            schema.Initialize(); // once, at first resolution: a schema error shows at startup, not on a request
            return schema;
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchemaContributor, StandardIntrospection>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, OperationReadExecution>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, DocumentCacheExecution>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, PassedDocumentRules>());
        services.TryAddSingleton<IDocumentExecuter>(provider => new DocumentExecuter(
            new RememberingDocumentBuilder(),
            new DocumentValidator(),
            // Queries: the store's one read written straight to JSON, else the serial strategy (only the root fields
            // read the store, see OperationRead; the fields below only read its result, parallel would cost for nothing).
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(DirectQueryExecutionStrategy.Instance, OperationType.Query)]),
            provider.GetServices<IConfigureExecution>()));
        // Names are French: answer "Cévennes", not "C\u00E9vennes". Responses are JSON, never embedded in HTML.
        services.TryAddSingleton(_ => new GraphQLSerializer(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        services.TryAddSingleton<IGraphQLTextSerializer>(provider => provider.GetRequiredService<GraphQLSerializer>());
        services.TryAddSingleton<IGraphQLSerializer>(provider => provider.GetRequiredService<GraphQLSerializer>());
        return services;
    }
}
