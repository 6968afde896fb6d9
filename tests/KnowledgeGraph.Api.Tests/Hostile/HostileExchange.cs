using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>Sends one raw request and checks the answer the way a stranger would: status, coded errors, no leak.</summary>
public static class HostileExchange
{
    /// <summary>What no body may hold: a .NET stack frame or exception type name.</summary>
    private static readonly string[] Leaks = ["   at ", "Exception", "System.", "Microsoft.", "KnowledgeGraph.", "GraphQLParser.", ".cs:line"];

    public static async Task<(HttpStatusCode Status, string Text)> PostAsync(HttpClient client, string query, object? variables = null, string? apiKey = null)
    {
        var json = JsonSerializer.Serialize(new { query, variables });
        return await PostRawAsync(client, Encoding.UTF8.GetBytes(json), apiKey: apiKey);
    }

    public static async Task<(HttpStatusCode Status, string Text)> PostRawAsync(
        HttpClient client, byte[] body, string contentType = GraphQLMediaTypes.Json, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Accept.ParseAdd(GraphQLMediaTypes.GraphQLResponse);
        if (apiKey is not null)
            request.Headers.Add("X-Api-Key", apiKey);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A refused request: this status, errors that all carry a code, no data, nothing leaked. Returns the codes.</summary>
    public static IReadOnlyList<string> AssertRefused(HttpStatusCode status, string text, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        Assert.True(status == expected, $"Expected {(int)expected}, got {(int)status}: {Head(text)}");
        var codes = AssertCodedErrors(text);
        Assert.NotEmpty(codes);
        return codes;
    }

    /// <summary>Every error of a GraphQL body carries <c>extensions.code</c>, and the body leaks no .NET detail.</summary>
    public static IReadOnlyList<string> AssertCodedErrors(string text)
    {
        AssertNoLeak(text);
        var body = JsonNode.Parse(text)!.AsObject();
        var errors = body["errors"]?.AsArray() ?? [];
        var codes = new List<string>();
        foreach (var error in errors)
        {
            var code = (string?)error!["extensions"]?["code"];
            Assert.False(string.IsNullOrEmpty(code), $"An error without extensions.code: {Head(text)}");
            codes.Add(code!);
        }
        return codes;
    }

    public static void AssertNoLeak(string text)
    {
        foreach (var leak in Leaks)
            Assert.False(text.Contains(leak, StringComparison.Ordinal), $"The body leaks '{leak}': {Head(text)}");
    }

    /// <summary>The app still answers a plain query.</summary>
    public static async Task AssertAliveAsync(HttpClient client)
    {
        var (status, text) = await PostAsync(client, "{ domains(first: 1) { totalCount } }");
        Assert.True(status == HttpStatusCode.OK && !text.Contains("\"errors\"", StringComparison.Ordinal), Head(text));
    }

    public static string Head(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
