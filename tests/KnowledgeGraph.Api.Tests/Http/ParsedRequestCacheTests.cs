using System.Text;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Tests.Http;

public sealed class ParsedRequestCacheTests
{
    private static readonly GraphQLHttpRequest Hello = new("{ hello }", null, null, null);
    private static readonly GraphQLHttpRequest Twice = new("{ twice(n: 2) }", null, null, null);

    private static byte[] Body(string query) => Encoding.UTF8.GetBytes($$"""{"query":"{{query}}"}""");

    /// <summary>A body is kept from its second sighting on: what a repeated request does (two misses, two adds).</summary>
    private static void SeenTwice(ParsedRequestCache cache, byte[] body, GraphQLHttpRequest request)
    {
        cache.Add(body, request);
        cache.Add(body, request);
    }

    [Fact]
    public void A_body_seen_once_is_not_kept_and_seen_twice_it_is()
    {
        var cache = new ParsedRequestCache(budgetBytes: 1024);
        cache.Add(Body("{ hello }"), Hello);
        Assert.False(cache.TryGet(Body("{ hello }"), out _));

        cache.Add(Body("{ hello }"), Hello);
        Assert.True(cache.TryGet(Body("{ hello }"), out var kept));
        Assert.Same(Hello, kept);
    }

    [Fact]
    public void A_kept_body_gives_back_the_very_request_parsed_from_it()
    {
        var cache = new ParsedRequestCache(budgetBytes: 1024);
        SeenTwice(cache, Body("{ hello }"), Hello);

        Assert.True(cache.TryGet(Body("{ hello }"), out var kept));
        Assert.Same(Hello, kept);
    }

    [Theory]
    [InlineData("{ hellO }")]   // one byte differs
    [InlineData("{ hello } ")]  // one byte more
    [InlineData("{ hello")]     // one byte less
    public void Only_the_same_bytes_match(string query)
    {
        var cache = new ParsedRequestCache(budgetBytes: 1024);
        SeenTwice(cache, Body("{ hello }"), Hello);

        Assert.False(cache.TryGet(Body(query), out _));
    }

    [Fact]
    public void Two_bodies_are_kept_apart()
    {
        var cache = new ParsedRequestCache(budgetBytes: 1024);
        SeenTwice(cache, Body("{ hello }"), Hello);
        SeenTwice(cache, Body("{ twice(n: 2) }"), Twice);

        Assert.True(cache.TryGet(Body("{ twice(n: 2) }"), out var twice));
        Assert.True(cache.TryGet(Body("{ hello }"), out var hello));
        Assert.Same(Twice, twice);
        Assert.Same(Hello, hello);
    }

    [Fact]
    public void A_body_over_the_size_limit_is_not_kept()
    {
        var cache = new ParsedRequestCache(budgetBytes: 10 * ParsedRequestCache.MaxBodyBytes);
        var large = Body("{ hello }" + new string(' ', ParsedRequestCache.MaxBodyBytes));
        SeenTwice(cache, large, Hello);

        Assert.False(cache.TryGet(large, out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_zero_budget_keeps_nothing()
    {
        var cache = new ParsedRequestCache(budgetBytes: 0);
        SeenTwice(cache, Body("{ hello }"), Hello);

        Assert.False(cache.TryGet(Body("{ hello }"), out _));
    }

    [Fact]
    public void Passing_the_budget_starts_over_with_the_newest_body()
    {
        var hello = Body("{ hello }");
        var twice = Body("{ twice(n: 2) }");
        var cache = new ParsedRequestCache(budgetBytes: hello.Length + twice.Length - 1);
        SeenTwice(cache, hello, Hello);
        SeenTwice(cache, twice, Twice);

        Assert.False(cache.TryGet(hello, out _));
        Assert.True(cache.TryGet(twice, out var kept));
        Assert.Same(Twice, kept);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Concurrent_use_stays_within_the_budget_and_never_mixes_bodies_up()
    {
        const int budget = 4096;
        var cache = new ParsedRequestCache(budget);
        var requests = Enumerable.Range(0, 2000).Select(i => new GraphQLHttpRequest($"{{ n{i} }}", null, null, null)).ToArray();

        Parallel.For(0, requests.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var request = requests[i % requests.Length];
            var body = Body(request.Query);
            if (cache.TryGet(body, out var kept))
                Assert.Same(request, kept);
            else
                cache.Add(body, request);
        });

        var kept = requests.Where(r => cache.TryGet(Body(r.Query), out _)).Sum(r => (long)Body(r.Query).Length);
        Assert.InRange(cache.Count, 1, budget / Body("{ n0 }").Length);
        Assert.InRange(kept, 1, budget);
    }
}
