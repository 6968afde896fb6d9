using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>Cache-Control and ETag on GET query answers; If-None-Match gives 304.</summary>
public sealed class HttpCachingTests : IAsyncLifetime
{
    private const string Query = "{ actors(first: 3) { nodes { id name } } }";
    private readonly FlagshipSeed seed = new(Flagship.SeedRepository);
    private CachingAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new CachingAppFactory(seed.Root, new Dictionary<string, string?> { ["KnowledgeGraph:Cache:HttpMaxAge"] = "00:01:30" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        seed.Dispose();
    }

    [Fact]
    public async Task A_get_answer_is_public_for_the_configured_time_with_an_etag()
    {
        var response = await factory.CreateClient().GetAsync($"/graphql?query={Uri.EscapeDataString(Query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(90), response.Headers.CacheControl.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task If_none_match_with_the_etag_gives_304_and_another_etag_the_answer()
    {
        var client = factory.CreateClient();
        var url = $"/graphql?query={Uri.EscapeDataString(Query)}";
        var first = await client.GetAsync(url);
        var body = await first.Content.ReadAsStringAsync();

        var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await client.SendAsync(revalidate);
        var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", isWeak: true));
        var full = await client.SendAsync(other);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(body, await full.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Answers_that_differ_have_different_etags_and_posts_have_none()
    {
        var client = factory.CreateClient();
        var one = await client.GetAsync($"/graphql?query={Uri.EscapeDataString(Query)}");
        var two = await client.GetAsync($"/graphql?query={Uri.EscapeDataString(Query.Replace("first: 3", "first: 2"))}");
        var post = await Flagship.PostAsync(client, Query);

        Assert.NotEqual(one.Headers.ETag, two.Headers.ETag);
        Assert.Null(post.Headers.ETag);
        Assert.Null(post.Headers.CacheControl);
    }
}
