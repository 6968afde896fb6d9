using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>The service's own GraphQL registration (<c>AddKnowledgeGraphGraphQL</c>) over a given store, without HTTP.</summary>
public sealed class GraphQLHost : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly ISchema _schema;
    private readonly IDocumentExecuter _executer;
    private readonly IGraphQLTextSerializer _serializer;

    /// <param name="store">The store the resolvers read.</param>
    /// <param name="serialQueries">
    /// Queries run with GraphQL.NET's serial execution strategy (resolvers over a tree of execution nodes, then its
    /// serializer) instead of the service's own, which writes the answer straight from the store's result.
    /// </param>
    public GraphQLHost(IGraphStore store, bool serialQueries = false)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<GraphSchema>(ReferenceGraph.Schema)
            .AddSingleton(store);
        if (serialQueries) // registered first: AddKnowledgeGraphGraphQL only adds its executer when none is registered
        {
            services.AddSingleton<IDocumentExecuter>(provider => new DocumentExecuter(
                new GraphQLDocumentBuilder(),
                new DocumentValidator(),
                new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]),
                provider.GetServices<IConfigureExecution>()));
        }
        _services = services.AddKnowledgeGraphGraphQL().BuildServiceProvider();
        _schema = _services.GetRequiredService<ISchema>();
        _executer = _services.GetRequiredService<IDocumentExecuter>();
        _serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
    }

    /// <summary>The plan the service builds for <paramref name="query"/>, taken from a plan-capturing store.</summary>
    public static ReadPlan PlanOf(string query)
    {
        var capture = new PlanCapturingStore();
        using var host = new GraphQLHost(capture);
        var result = host.ExecuteAsync(query).GetAwaiter().GetResult();
        if (result.Errors is { Count: > 0 } errors)
            throw new InvalidOperationException($"The operation does not execute: {errors[0].Message}");
        return capture.LastPlan ?? throw new InvalidOperationException("The operation made no store read.");
    }

    public Task<ExecutionResult> ExecuteAsync(string query) => _executer.ExecuteAsync(new ExecutionOptions
    {
        Schema = _schema,
        Query = query,
        RequestServices = _services,
        ThrowOnUnhandledException = true,
    });

    /// <summary>
    /// Executes an already parsed and once validated document as GraphQL.NET's document caches do on a hit: the
    /// document is given, and the validation rules are <see cref="ExecutionOptions.CachedDocumentValidationRules"/>
    /// (none by default) instead of the core rules.
    /// </summary>
    public Task<ExecutionResult> ExecuteAsync(GraphQLDocument document) => _executer.ExecuteAsync(new ExecutionOptions
    {
        Schema = _schema,
        Document = document,
        ValidationRules = [],
        RequestServices = _services,
        ThrowOnUnhandledException = true,
    });

    /// <summary>Executes and writes the JSON response, as the HTTP endpoint does, into <paramref name="output"/>.</summary>
    public async Task<long> ExecuteAndWriteAsync(string query, MemoryStream output) =>
        await WriteAsync(await ExecuteAsync(query), output);

    public async Task<long> ExecuteAndWriteAsync(GraphQLDocument document, MemoryStream output) =>
        await WriteAsync(await ExecuteAsync(document), output);

    private async Task<long> WriteAsync(ExecutionResult result, MemoryStream output)
    {
        output.SetLength(0);
        await _serializer.WriteAsync(output, result);
        return output.Length;
    }

    public void Dispose() => _services.Dispose();
}
