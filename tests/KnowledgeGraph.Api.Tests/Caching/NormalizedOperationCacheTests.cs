using GraphQLParser.AST;
using KnowledgeGraph.Api.Caching;

namespace KnowledgeGraph.Api.Tests.Caching;

public sealed class NormalizedOperationCacheTests : IDisposable
{
    private const string Query = "query A { actors(first: 2, order: [{ name: DESC }]) { nodes { name } } } query B { sdgs { totalCount } }";

    private readonly NormalizedOperationCache cache = new();

    public void Dispose() => cache.Dispose();

    [Fact]
    public async Task A_text_and_name_are_kept_from_their_second_sighting_on()
    {
        var first = await cache.NormalizeAsync(Query, "A", CancellationToken.None);
        Assert.False(cache.Holds(Query, "A"));
        var second = await cache.NormalizeAsync(Query, "A", CancellationToken.None);
        Assert.True(cache.Holds(Query, "A"));
        Assert.False(cache.Holds(Query, "B"));
        var third = await cache.NormalizeAsync(Query, "A", CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.Same(second, third);
    }

    [Fact]
    public async Task The_kept_operation_is_the_one_the_normalizer_gives_for_that_text()
    {
        var kept = await cache.NormalizeAsync(Query, "B", CancellationToken.None);
        var direct = await OperationNormalizer.NormalizeAsync(Query, "B", CancellationToken.None);

        Assert.Equal(direct, kept);
        Assert.Equal(OperationType.Query, kept!.Type);
        Assert.Equal("B", kept.Name);
    }

    [Fact]
    public async Task Another_operation_name_or_text_is_normalised_on_its_own()
    {
        var a = await cache.NormalizeAsync(Query, "A", CancellationToken.None);
        var b = await cache.NormalizeAsync(Query, "B", CancellationToken.None);
        var rewritten = await cache.NormalizeAsync(Query.Replace("first: 2, order: [{ name: DESC }]", "order: [{ name: DESC }], first: 2"), "A", CancellationToken.None);
        var otherValue = await cache.NormalizeAsync(Query.Replace("first: 2", "first: 3"), "A", CancellationToken.None);

        Assert.Equal("A", a!.Name);
        Assert.Equal("B", b!.Name);
        Assert.NotEqual(a.Digest, b.Digest);
        Assert.Equal(a.CanonicalText, rewritten!.CanonicalText);
        Assert.NotSame(a, rewritten);
        Assert.NotEqual(a.Digest, otherValue!.Digest);
    }

    [Theory]
    [InlineData("{ actors { totalCount }", null)]
    [InlineData("query A { a }", "C")]
    public async Task What_does_not_normalise_is_not_kept(string query, string? operationName)
    {
        Assert.Null(await cache.NormalizeAsync(query, operationName, CancellationToken.None));
        Assert.Null(await cache.NormalizeAsync(query, operationName, CancellationToken.None));
        Assert.False(cache.Holds(query, operationName));
    }
}
