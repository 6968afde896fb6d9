using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Imports.SeedZip;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Imports;

/// <summary>An app whose imports may be at most 64 KiB.</summary>
public sealed class SmallImportsAppFactory : WriteAppFactory
{
    public SmallImportsAppFactory() => Settings["KnowledgeGraph:Imports:MaxBytes"] = "65536";
}

public sealed class ImportLimitTests(SmallImportsAppFactory app) : IClassFixture<SmallImportsAppFactory>
{
    [Fact]
    public async Task An_upload_over_its_own_limit_gets_413_whether_its_length_is_announced_or_not()
    {
        var client = app.CreateClient();
        var body = Of([("nodes/Actor.csv", Actors("LIM" + Unique(), 2000))], System.IO.Compression.CompressionLevel.NoCompression);
        Assert.True(body.Length > 65536);

        var (status, answer) = await PostAsync(client, Request(body));
        Assert.Equal((413, "IMPORT_TOO_LARGE"), (status, Assert.Single(Codes(answer))));

        // Chunked: no Content-Length, refused once the count passes the limit.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/import") { Content = new StreamContent(new UnseekableStream(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        request.Headers.Add("X-Api-Key", WriteAppFactory.AdminKey);
        var (chunked, refused) = await PostAsync(client, request);
        Assert.Equal((413, "IMPORT_TOO_LARGE"), (chunked, Assert.Single(Codes(refused))));

        // Under it: fine (the GraphQL limit of 256 KiB plays no part either way).
        var small = Of([("nodes/Actor.csv", Actors("OK" + Unique(), 100))]);
        Assert.Equal(200, (await PostAsync(client, Request(small))).Status);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
