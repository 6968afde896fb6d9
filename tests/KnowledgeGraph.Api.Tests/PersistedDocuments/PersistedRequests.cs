using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Tests.PersistedDocuments;

/// <summary>Requests as persisted-operation clients send them, and what the tests read from the answers.</summary>
internal static class PersistedRequests
{
    public const string Query = "query Companies { actors(first: 2, order: [{ id: ASC }]) { totalCount nodes { id name } } }";

    public static string Sha256(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, object body) =>
        client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, GraphQLMediaTypes.Json));

    public static object Apq(string hash, string? query = null, int version = 1) => query is null
        ? new { extensions = new { persistedQuery = new { version, sha256Hash = hash } } }
        : new { query, extensions = new { persistedQuery = new { version, sha256Hash = hash } } };

    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string parameters, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + parameters);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLMediaTypes.GraphQLResponse));
        if (ifNoneMatch is not null)
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return client.SendAsync(request);
    }

    public static async Task<(int Status, JsonObject Body)> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject());
        }
    }

    /// <summary>The <c>extensions.code</c> of every error, comma-separated.</summary>
    public static string Codes(JsonObject body) =>
        string.Join(",", body["errors"]?.AsArray().Select(e => (string)e!["extensions"]!["code"]!) ?? []);

    public static int TotalCount(JsonObject body) => (int)body["data"]!["actors"]!["totalCount"]!;
}
