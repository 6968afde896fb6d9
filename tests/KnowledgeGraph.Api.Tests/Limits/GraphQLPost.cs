using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>Posts one GraphQL request as JSON (optionally with an API key or a bearer token) and reads the answer.</summary>
public static class GraphQLPost
{
    public static async Task<(HttpResponseMessage Response, JsonObject Body)> SendAsync(
        HttpClient client, string query, string? operationName = null, object? variables = null, string? apiKey = null,
        string? bearer = null)
    {
        var json = JsonSerializer.Serialize(new { query, operationName, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(json, Encoding.UTF8, GraphQLMediaTypes.Json),
        };
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>A refused request: the status, no data, one error with this code, and its message.</summary>
    public static string AssertRefused(HttpResponseMessage response, JsonObject body, HttpStatusCode status, string code)
    {
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body.ToJsonString()}");
        Assert.False(body.ContainsKey("data") && body["data"] is not null, body.ToJsonString());
        var errors = body["errors"]!.AsArray();
        var error = Assert.Single(errors, e => (string?)e!["extensions"]?["code"] == code)!;
        var message = (string)error["message"]!;
        Assert.DoesNotContain("Exception", message);
        return message;
    }

    /// <summary>A query that must succeed.</summary>
    public static void AssertAnswered(HttpResponseMessage response, JsonObject body)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.False(body.ContainsKey("errors"), body.ToJsonString());
    }
}
