using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Analytics;

/// <summary>One started app and its client, with a helper to run a GraphQL operation over HTTP.</summary>
public sealed class AnalyticsApp(KnowledgeGraphAppFactory factory, HttpClient client) : IAsyncDisposable
{
    public HttpClient Client => client;

    public IServiceProvider Services => factory.Services;

    /// <summary>POSTs the operation and returns the whole JSON answer (data and errors).</summary>
    public async Task<JsonObject> PostAsync(string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The data of an operation that must not fail.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var answer = await PostAsync(query, variables);
        Assert.False(answer.ContainsKey("errors"), answer.ToJsonString());
        return answer["data"]!;
    }

    /// <summary>The code of the one error an operation must answer.</summary>
    public async Task<string> ErrorCodeAsync(string query)
    {
        var answer = await PostAsync(query);
        var error = Assert.Single(answer["errors"]!.AsArray());
        return (string)error!["extensions"]!["code"]!;
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }
}
