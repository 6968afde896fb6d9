using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.Tests.Hosting;
using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL.Execution;

/// <summary>
/// Two GraphQL registrations of the API over ONE embedded store loaded from the reference seed (graph-seed): the
/// service's own (queries written directly from the store's result) and the same with GraphQL.NET's serial strategy
/// for queries, the reference the direct writer must match byte for byte.
/// </summary>
public sealed partial class ReferenceGraphExecutors : IAsyncLifetime
{
    private ServiceProvider _direct = null!;
    private ServiceProvider _serial = null!;

    public async Task InitializeAsync()
    {
        var seedRoot = Path.GetDirectoryName(RepositoryFiles.Find("graph-seed/README.md"))!;
        var data = await new SeedLoader(KnowledgeGraphSchema.Instance).LoadAsync(SeedLoader.DefaultSets(seedRoot), CancellationToken.None);
        IGraphStore store = new EmbeddedGraphStore(KnowledgeGraphSchema.Instance, data);
        _direct = Services(store, serial: false);
        _serial = Services(store, serial: true);
    }

    /// <summary>The service's execution result and its serialisation by GraphQL.NET's serializer.</summary>
    public async Task<(ExecutionResult Result, string Serialized)> DirectResultAsync(string query, string? variables = null)
    {
        var serializer = _direct.GetRequiredService<IGraphQLTextSerializer>();
        var result = await ExecuteAsync(_direct, query, variables);
        return (result, serializer.Serialize(result));
    }

    /// <summary>The answer as the service writes it, and whether it was written directly.</summary>
    public Task<(string Json, bool Direct)> DirectAsync(string query, string? variables = null) => RunAsync(_direct, query, variables);

    public async Task<string> SerialAsync(string query, string? variables = null)
    {
        var (json, direct) = await RunAsync(_serial, query, variables);
        Assert.False(direct, "the reference must be GraphQL.NET's own execution");
        return json;
    }

    /// <summary>The queries of docs/query-examples.md, the load scenarios and the flagship question.</summary>
    public static IEnumerable<string> RepositoryQueries()
    {
        foreach (Match match in FencedGraphQL().Matches(File.ReadAllText(RepositoryFiles.Find("docs/query-examples.md"))))
            yield return match.Groups["query"].Value;
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(RepositoryFiles.Find("benchmarks/load/scenarios/simple-page.graphql"))!, "*.graphql").Order(StringComparer.Ordinal))
            yield return File.ReadAllText(file);
        yield return File.ReadAllText(RepositoryFiles.Find("ui/graphiql/examples/flagship.graphql"));
    }

    public async Task DisposeAsync()
    {
        await _direct.DisposeAsync();
        await _serial.DisposeAsync();
    }

    private static async Task<(string Json, bool Direct)> RunAsync(ServiceProvider services, string query, string? variables)
    {
        var result = await ExecuteAsync(services, query, variables);
        return (services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result), result.Data is PrewrittenData);
    }

    private static Task<ExecutionResult> ExecuteAsync(ServiceProvider services, string query, string? variables) =>
        services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Schema = services.GetRequiredService<ISchema>(),
            Query = query,
            Variables = variables is null ? null : services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(variables),
            RequestServices = services,
        });

    private static ServiceProvider Services(IGraphStore store, bool serial)
    {
        var services = new ServiceCollection().AddLogging();
        if (serial)
        {
            // Registered first: AddKnowledgeGraphGraphQL only adds an executer when none is registered.
            services.AddSingleton<IDocumentExecuter>(provider => new DocumentExecuter(
                new GraphQLDocumentBuilder(),
                new DocumentValidator(),
                new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]),
                provider.GetServices<IConfigureExecution>()));
        }

        return services.AddKnowledgeGraphGraphQL().AddSingleton(store).BuildServiceProvider();
    }

    [GeneratedRegex("```graphql\\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedGraphQL();
}
