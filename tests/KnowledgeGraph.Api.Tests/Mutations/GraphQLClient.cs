using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Limits;

namespace KnowledgeGraph.Api.Tests.Mutations;

/// <summary>GraphQL calls for the write tests: status and body, data of a successful answer, error codes, unique ids.</summary>
public static class GraphQLClient
{
    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(
        HttpClient client, string query, object? variables = null, string? apiKey = null, string? bearer = null)
    {
        var (response, body) = await GraphQLPost.SendAsync(client, query, variables: variables, apiKey: apiKey, bearer: bearer);
        using (response)
        {
            return (response.StatusCode, body);
        }
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
