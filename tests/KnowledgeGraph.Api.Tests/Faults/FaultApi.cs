using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Tests.Durability;

namespace KnowledgeGraph.Api.Tests.Faults;

/// <summary>The settings of the service processes the fault tests start: an editor key, no rate limit, cache logs.</summary>
public static class FaultApi
{
    public const string EditorKey = "fault-test-editor-key";

    public static Dictionary<string, string> Settings(string seedRoot, string dataFile) => new()
    {
        ["KnowledgeGraph:SeedDirectory"] = seedRoot,
        ["KnowledgeGraph:DataFile"] = dataFile,
        ["KnowledgeGraph:Limits:RateLimitPermits"] = "0",
        ["KnowledgeGraph:Limits:MaxConcurrentRequestsPerClient"] = "0",
        ["KnowledgeGraph:Auth:ApiKeys:0:Name"] = "fault-test",
        ["KnowledgeGraph:Auth:ApiKeys:0:Hash"] = ApiKeyHash.Of(EditorKey),
        ["KnowledgeGraph:Auth:ApiKeys:0:Roles:0"] = KnowledgeGraphRoles.Editor,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:KnowledgeGraph.Api.Caching"] = "Information",
        ["Logging:LogLevel:KnowledgeGraph.Api.Hosting"] = "Information",
    };

    /// <summary>Waits until the readiness entry <paramref name="entry"/> reports <paramref name="status"/>.</summary>
    public static async Task WaitForReadinessAsync(Uri address, string entry, string status, TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        string? seen = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                var ready = await response.Content.ReadFromJsonAsync<JsonObject>();
                seen = (string?)ready?["entries"]?[entry]?["status"];
                if (seen == status)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
            }
            await Task.Delay(200);
        }
        Assert.Fail($"/health/ready {entry} is {seen ?? "unknown"}, not {status}, after {within}.");
    }

    /// <summary>The ids among <paramref name="ids"/> that the service does not hold.</summary>
    public static async Task<List<string>> MissingAsync(Uri address, IReadOnlyCollection<string> ids)
    {
        using var client = new HttpClient { BaseAddress = address };
        var stored = new HashSet<string>();
        foreach (var chunk in ids.Chunk(500))
        {
            var data = await Mutations.GraphQLClient.DataAsync(client,
                "query($ids: [ID!]) { actors(where: { id: { in: $ids } }, first: 1000) { nodes { id } } }", new { ids = chunk });
            stored.UnionWith(data["actors"]!["nodes"]!.AsArray().Select(node => (string)node!["id"]!));
        }
        return ids.Where(id => !stored.Contains(id)).ToList();
    }
}
