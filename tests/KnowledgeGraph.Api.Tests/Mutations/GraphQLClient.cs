using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Tests.Mutations;

/// <summary>Posts GraphQL requests with an API key or a bearer token and reads the JSON answer.</summary>
public static class GraphQLClient
{
    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(
        HttpClient client, string query, object? variables = null, string? apiKey = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, GraphQLMediaTypes.Json),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLMediaTypes.GraphQLResponse));
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>Posts and asserts the answer has data and no errors; returns <c>data</c>.</summary>
    public static async Task<JsonObject> DataAsync(HttpClient client, string query, object? variables = null, string? apiKey = null)
    {
        var (status, body) = await PostAsync(client, query, variables, apiKey);
        Assert.True(status == HttpStatusCode.OK && body["errors"] is null, $"{(int)status}: {body.ToJsonString()}");
        return body["data"]!.AsObject();
    }

    /// <summary>The codes of the answer's errors, in order.</summary>
    public static IReadOnlyList<string?> ErrorCodes(JsonObject body) =>
        body["errors"]?.AsArray().Select(e => (string?)e!["extensions"]?["code"]).ToList() ?? [];

    /// <summary>A fresh id suffix, so that tests sharing a host never share data.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
}
