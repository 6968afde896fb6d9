using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Neo4j.Tests.Service;

/// <summary>Posts one GraphQL operation and parses the answer.</summary>
public static class GraphQLCall
{
    public static async Task<(HttpStatusCode Status, string Text, JsonObject Json)> PostAsync(HttpClient client, string query, object? variables = null)
    {
        object body = variables is null ? new { query } : new { query, variables };
        var response = await client.PostAsJsonAsync("/graphql", body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text, JsonNode.Parse(text)!.AsObject());
    }

    public static string? FirstErrorCode(JsonObject json) => (string?)json["errors"]?[0]?["extensions"]?["code"];
}
