using System.Text.Json;
using KnowledgeGraph.Browser.Tests.Clients;

namespace KnowledgeGraph.Browser.Tests.PersistedDocuments;

/// <summary>
/// The real Apollo Client 4 with its persisted-queries link (SHA-256 from node:crypto), in Node, against the live
/// service: the first run misses and retries with the query, the second sends the hash alone.
/// </summary>
public sealed class ApolloPersistedQueryTests : IAsyncLifetime
{
    private readonly KestrelApiFactory _api = new();
    private Uri _endpoint = null!;

    public Task InitializeAsync()
    {
        _endpoint = new Uri(_api.Start(), "/graphql");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("post", "POST")]
    [InlineData("get", "GET")] // useGETForHashedQueries: hash-only requests go over GET, the registration over POST
    public async Task A_miss_is_retried_with_the_query_then_the_hash_alone_is_enough(string mode, string hashMethod)
    {
        var report = await WebClients.RunAsync("apollo-persisted.mjs", _endpoint.ToString(), mode);
        var exchanges = report.GetProperty("exchanges").EnumerateArray().ToList();

        Assert.Equal(3, exchanges.Count);
        var hash = exchanges[0].GetProperty("sentHash").GetString();
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.All(exchanges, exchange => Assert.Equal(hash, exchange.GetProperty("sentHash").GetString()));
        Assert.Equal((hashMethod, false, "PERSISTED_QUERY_NOT_FOUND"), Describe(exchanges[0]));
        Assert.Equal(("POST", true, ""), Describe(exchanges[1]));
        Assert.Equal((hashMethod, false, ""), Describe(exchanges[2]));
        Assert.Equal(200, exchanges[2].GetProperty("status").GetInt32());
        var first = report.GetProperty("first");
        Assert.True(first.GetProperty("totalCount").GetInt32() > 0, report.ToString());
        Assert.Equal(first.ToString(), report.GetProperty("second").ToString());
        if (mode == "get")
            Assert.StartsWith("W/\"", exchanges[2].GetProperty("etag").GetString()); // a CDN can keep it
    }

    private static (string Method, bool SentQuery, string Codes) Describe(JsonElement exchange) => (
        exchange.GetProperty("method").GetString()!,
        exchange.GetProperty("sentQuery").GetBoolean(),
        string.Join(",", exchange.GetProperty("codes").EnumerateArray().Select(code => code.GetString())));
}
