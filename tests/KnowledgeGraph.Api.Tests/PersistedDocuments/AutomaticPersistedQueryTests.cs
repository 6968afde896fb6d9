using System.Text.Json;
using KnowledgeGraph.Api.Tests.Caching;
using KnowledgeGraph.Api.Tests.Hosting;
using static KnowledgeGraph.Api.Tests.PersistedDocuments.PersistedRequests;

namespace KnowledgeGraph.Api.Tests.PersistedDocuments;

/// <summary>Apollo's automatic persisted queries over POST and GET, on one instance with the in-memory store.</summary>
public sealed class AutomaticPersistedQueryTests : IDisposable
{
    private readonly FlagshipSeed seed = new(Flagship.SeedRepository);

    public void Dispose() => seed.Dispose();

    private CachingAppFactory App(params (string Key, string Value)[] settings) =>
        new(seed.Root, settings.ToDictionary(s => s.Key, s => (string?)s.Value));

    [Fact]
    public async Task A_hash_alone_misses_then_registers_with_its_query_then_runs_alone()
    {
        await using var app = App();
        var client = app.CreateClient();
        var hash = Sha256(Query);

        var (missStatus, miss) = await ReadAsync(await PostAsync(client, Apq(hash)));
        Assert.Equal(400, missStatus);
        Assert.Equal("PersistedQueryNotFound", (string)miss["errors"]![0]!["message"]!);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Codes(miss));

        var (_, registered) = await ReadAsync(await PostAsync(client, Apq(hash, Query)));
        var (_, byHash) = await ReadAsync(await PostAsync(client, Apq(hash)));
        var (getStatus, byGet) = await ReadAsync(await GetAsync(client,
            "extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } }))));

        Assert.True(TotalCount(registered) > 2, registered.ToJsonString());
        Assert.Equal(registered.ToJsonString(), byHash.ToJsonString());
        Assert.Equal((200, registered.ToJsonString()), (getStatus, byGet.ToJsonString()));
    }

    [Fact]
    public async Task A_miss_is_never_cacheable_and_a_document_id_finds_a_registered_document()
    {
        await using var app = App();
        var client = app.CreateClient();
        var hash = Sha256(Query);
        using (var miss = await GetAsync(client, "documentId=sha256:" + hash))
        {
            Assert.Equal(400, (int)miss.StatusCode);
            Assert.Equal("no-store", miss.Headers.CacheControl!.ToString());
        }
        await ReadAsync(await PostAsync(client, Apq(hash, Query)));
        var (status, body) = await ReadAsync(await GetAsync(client, "documentId=sha256:" + hash.ToUpperInvariant()));
        Assert.Equal(200, status);
        Assert.True(TotalCount(body) > 2, body.ToJsonString());
    }

    [Theory]
    [InlineData("{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"%H\"}}", "PERSISTED_QUERY_UNSUPPORTED_VERSION")]
    [InlineData("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}", "PERSISTED_QUERY_INVALID")]
    [InlineData("{\"persistedQuery\":\"%H\"}", "PERSISTED_QUERY_INVALID")]
    [InlineData("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"%O\"}}", "PERSISTED_QUERY_HASH_MISMATCH")]
    public async Task A_malformed_or_wrong_hash_is_refused_with_a_clear_code(string extensions, string code)
    {
        await using var app = App();
        var json = extensions.Replace("%H", Sha256(Query)).Replace("%O", Sha256(Query + " "));
        var body = "{\"query\":" + JsonSerializer.Serialize(Query) + ",\"extensions\":" + json + "}";
        using var response = await app.CreateClient().PostAsync("/graphql",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var (status, answer) = await ReadAsync(response);
        Assert.Equal((400, code), (status, Codes(answer)));
    }

    [Fact]
    public async Task Registered_documents_are_bounded_in_memory()
    {
        // Room for about two documents of ~1 KB: registering forty evicts most of the early ones.
        await using var app = App(("KnowledgeGraph:PersistedDocuments:MaxMemoryBytes", "5000"));
        var client = app.CreateClient();
        var documents = Enumerable.Range(0, 40).Select(i => "query Q" + i + " { __typename }" + new string(' ', 1000) + "#").ToList();
        foreach (var document in documents)
            await ReadAsync(await PostAsync(client, Apq(Sha256(document), document)));

        var found = new List<int>();
        for (var i = 0; i < documents.Count; i++)
        {
            if ((await ReadAsync(await PostAsync(client, Apq(Sha256(documents[i]))))).Status == 200)
                found.Add(i);
        }
        Assert.InRange(found.Count, 1, 4);
        // The early ones are gone; what is kept is among the last registered (compaction runs in the background too).
        Assert.All(found, index => Assert.True(index >= documents.Count - 5, $"document {index} is still kept"));
    }

    [Fact]
    public async Task Turned_off_it_answers_PersistedQueryNotSupported()
    {
        await using var app = App(("KnowledgeGraph:PersistedDocuments:AutomaticPersistedQueries", "false"));
        var (_, answer) = await ReadAsync(await PostAsync(app.CreateClient(), Apq(Sha256(Query))));
        Assert.Equal("PersistedQueryNotSupported", (string)answer["errors"]![0]!["message"]!);
    }
}
