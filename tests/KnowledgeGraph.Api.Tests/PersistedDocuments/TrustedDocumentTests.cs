using System.Text.Json;
using KnowledgeGraph.Api.Tests.Caching;
using KnowledgeGraph.Api.Tests.Hosting;
using static KnowledgeGraph.Api.Tests.PersistedDocuments.PersistedRequests;

namespace KnowledgeGraph.Api.Tests.PersistedDocuments;

/// <summary>Trusted documents from a manifest file: <c>documentId</c> over POST and GET, CDN caching, trusted-only mode.</summary>
public sealed class TrustedDocumentTests : IDisposable
{
    private const string Custom = "query Custom { actors(first: 1) { totalCount } }";

    private readonly FlagshipSeed seed = new(Flagship.SeedRepository);
    private readonly string manifest = Path.Combine(Path.GetTempPath(), "kg-tests", $"{Guid.NewGuid():N}.json");

    public TrustedDocumentTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(manifest)!);
        File.WriteAllText(manifest, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["sha256:" + Sha256(Query)] = Query,
            ["companies-v1"] = Custom,
        }));
    }

    public void Dispose()
    {
        seed.Dispose();
        File.Delete(manifest);
    }

    private CachingAppFactory App(bool trustedOnly = false) => new(seed.Root, new Dictionary<string, string?>
    {
        ["KnowledgeGraph:PersistedDocuments:ManifestFile"] = manifest,
        ["KnowledgeGraph:PersistedDocuments:TrustedOnly"] = trustedOnly ? "true" : "false",
    });

    [Fact]
    public async Task A_document_id_runs_its_trusted_document_over_POST_and_GET()
    {
        await using var app = App();
        var client = app.CreateClient();
        var id = "sha256:" + Sha256(Query);

        var (postStatus, posted) = await ReadAsync(await PostAsync(client, new { documentId = id }));
        var (getStatus, got) = await ReadAsync(await GetAsync(client, "documentId=" + Uri.EscapeDataString(id)));
        var (customStatus, custom) = await ReadAsync(await PostAsync(client, new { documentId = "companies-v1" }));

        Assert.Equal(200, postStatus);
        Assert.True(TotalCount(posted) > 2, posted.ToJsonString());
        Assert.Equal((200, posted.ToJsonString()), (getStatus, got.ToJsonString()));
        Assert.Equal((200, TotalCount(posted)), (customStatus, TotalCount(custom)));
    }

    [Fact]
    public async Task A_GET_by_document_id_is_cacheable_by_a_CDN_and_revalidates_with_304()
    {
        await using var app = App();
        var client = app.CreateClient();
        var parameters = "documentId=" + Uri.EscapeDataString("sha256:" + Sha256(Query));

        using var first = await GetAsync(client, parameters);
        var etag = first.Headers.ETag!.ToString();
        Assert.Equal("public, max-age=30", first.Headers.CacheControl!.ToString());
        using var again = await GetAsync(client, parameters, ifNoneMatch: etag);

        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal(304, (int)again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag!.ToString());
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000", 400, "PERSISTED_DOCUMENT_NOT_FOUND")]
    [InlineData("sha256:not-a-hash", 400, "INVALID_DOCUMENT_ID")]
    [InlineData("companies-v2", 400, "PERSISTED_DOCUMENT_NOT_FOUND")]
    public async Task An_unknown_or_malformed_document_id_is_refused_with_a_clear_code(string documentId, int status, string code)
    {
        await using var app = App();
        var answer = await ReadAsync(await PostAsync(app.CreateClient(), new { documentId }));
        Assert.Equal((status, code), (answer.Status, Codes(answer.Body)));
    }

    [Fact]
    public async Task A_document_id_with_a_query_is_refused()
    {
        await using var app = App();
        var answer = await ReadAsync(await PostAsync(app.CreateClient(), new { documentId = "companies-v1", query = Custom }));
        Assert.Equal((400, "INVALID_DOCUMENT_ID"), (answer.Status, Codes(answer.Body)));
    }

    [Fact]
    public async Task Trusted_only_refuses_every_other_document_and_registers_nothing()
    {
        await using var app = App(trustedOnly: true);
        var client = app.CreateClient();
        const string other = "{ actors(first: 5) { totalCount } }";

        var plain = await ReadAsync(await PostAsync(client, new { query = other }));
        var register = await ReadAsync(await PostAsync(client, Apq(Sha256(other), other)));
        var byHash = await ReadAsync(await PostAsync(client, Apq(Sha256(other))));
        var trustedText = await ReadAsync(await PostAsync(client, new { query = Query }));
        var trustedHash = await ReadAsync(await PostAsync(client, Apq(Sha256(Query))));
        var trustedId = await ReadAsync(await PostAsync(client, new { documentId = "companies-v1" }));

        Assert.Equal((403, "PERSISTED_DOCUMENT_REQUIRED"), (plain.Status, Codes(plain.Body)));
        Assert.Equal((403, "PERSISTED_DOCUMENT_REQUIRED"), (register.Status, Codes(register.Body)));
        Assert.Equal((400, "PERSISTED_QUERY_NOT_FOUND"), (byHash.Status, Codes(byHash.Body)));
        Assert.Equal((200, 200, 200), (trustedText.Status, trustedHash.Status, trustedId.Status));
    }

    [Fact]
    public async Task A_manifest_with_a_wrong_hash_stops_the_start_with_the_reason()
    {
        File.WriteAllText(manifest, JsonSerializer.Serialize(new Dictionary<string, string> { ["sha256:" + Sha256("{ a }")] = "{ b }" }));
        await using var app = App();
        var error = await Record.ExceptionAsync(() => Task.Run(() => app.CreateClient()));
        Assert.NotNull(error);
        Assert.Contains("is not the SHA-256 of its document", error.ToString());
    }
}
