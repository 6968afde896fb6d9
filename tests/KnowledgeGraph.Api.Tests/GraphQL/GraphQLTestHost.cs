using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// The GraphQL registration of the API (AddKnowledgeGraphGraphQL) over the real embedded store, executed through
/// GraphQL.NET's DocumentExecuter as the HTTP endpoint does, answering JSON.
/// </summary>
internal sealed class GraphQLTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    public GraphQLTestHost(GraphData data)
        : this(new EmbeddedGraphStore(KnowledgeGraphSchema.Instance, data))
    {
    }

    public GraphQLTestHost(IGraphStore store)
    {
        Store = new CountingGraphStore(store);
        _services = new ServiceCollection()
            .AddLogging()
            .AddKnowledgeGraphGraphQL()
            .AddSingleton<IGraphStore>(Store)
            .BuildServiceProvider();
    }

    public CountingGraphStore Store { get; }

    public async Task<JsonElement> ExecuteAsync(string query, string? variablesJson = null)
    {
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        var result = await _services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Schema = _services.GetRequiredService<ISchema>(),
            Query = query,
            Variables = variablesJson is null ? null : serializer.Deserialize<Inputs>(variablesJson),
            RequestServices = _services,
        });
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        return document.RootElement.Clone();
    }

    /// <summary>The data of a query that must succeed.</summary>
    public async Task<JsonElement> DataAsync(string query, string? variablesJson = null)
    {
        var response = await ExecuteAsync(query, variablesJson);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    /// <summary>The codes of the errors of a query that must fail.</summary>
    public async Task<IReadOnlyList<string>> ErrorCodesAsync(string query, string? variablesJson = null)
    {
        var response = await ExecuteAsync(query, variablesJson);
        Assert.True(response.TryGetProperty("errors", out var errors), "The query should have failed.");
        return errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToList();
    }

    public void Dispose() => _services.Dispose();
}

internal static class JsonExtensions
{
    public static IEnumerable<string?> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString());

    public static JsonElement At(this JsonElement element, params string[] path) =>
        path.Aggregate(element, (current, name) => current.GetProperty(name));
}
