using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>The flagship query and small helpers to send GraphQL requests in cache tests.</summary>
public static class Flagship
{
    public static readonly string Query = File.ReadAllText(RepositoryFiles.Find("ui/graphiql/examples/flagship.graphql"));

    public static string SeedRepository => Path.GetDirectoryName(RepositoryFiles.Find("graph-seed/README.md"))!;

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string query, object? variables = null)
    {
        var content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, GraphQLMediaTypes.Json);
        return client.PostAsync("/graphql", content);
    }

    /// <summary>Posts a query that must succeed; returns its JSON answer.</summary>
    public static async Task<JsonObject> DataAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await PostAsync(client, query, variables);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        var json = JsonNode.Parse(text)!.AsObject();
        Assert.False(json.ContainsKey("errors"), text);
        return json;
    }

    public static async Task<JsonObject> ReadyAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>("/health/ready"))!;
}
