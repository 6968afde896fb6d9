using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>What the API itself answers to a query over plain HTTP: the figures the browser must show.</summary>
internal sealed record ReferenceAnswer(int TotalCount, string FirstName)
{
    public static async Task<ReferenceAnswer> FetchAsync(Uri api, string query, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = api };
        using var response = await http.PostAsJsonAsync("/graphql", new { query }, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        Assert.False(json.RootElement.TryGetProperty("errors", out var errors), $"the API answered errors: {errors}");

        // The flagship's single root field is a connection: { totalCount, nodes: [{ name, ... }] }.
        var connection = json.RootElement.GetProperty("data").EnumerateObject().Single().Value;
        var nodes = connection.GetProperty("nodes");
        Assert.True(nodes.GetArrayLength() > 0, "the flagship query should find at least one company in the seed");
        return new ReferenceAnswer(connection.GetProperty("totalCount").GetInt32(), nodes[0].GetProperty("name").GetString()!);
    }
}
