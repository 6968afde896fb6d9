using System.Net;
using System.Text;
using GraphQL.Execution;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.Limits.Budget;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>
/// A large text's syntax error and token count are found once per request, whichever layer asks first: the others get
/// the same verdict without reading the text again (measured in bytes allocated on the calling thread).
/// </summary>
public sealed class LargeTextVerdictsTests : IDisposable
{
    private const long Reread = 64 * 1024;
    private readonly LimitsAppFactory factory = new();

    public void Dispose() => factory.Dispose();

    /// <summary>A one-line document of about 30 KB whose closing brace is missing: the parser fails at its end.</summary>
    private static string BrokenLargeDocument() =>
        new StringBuilder("{ actors(ids: [").Insert(15, "\"ACT-SYN-001\", ", 2_000).Append("]) { totalCount }").ToString();

    /// <returns>The parser's exception inside the SyntaxError the builder throws (as GraphQL.NET's does), and the bytes allocated.</returns>
    private static (GraphQLSyntaxErrorException Error, long Allocated) Build(string text)
    {
        var builder = new RememberingDocumentBuilder();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<SyntaxError>(() => builder.Build(text));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return (Assert.IsType<GraphQLSyntaxErrorException>(error.InnerException), allocated);
    }

    [Fact]
    public void The_second_build_of_a_broken_large_text_throws_the_same_error_without_parsing_again()
    {
        var text = BrokenLargeDocument();

        var (first, parsed) = Build(text);
        var (again, remembered) = Build(text);

        Assert.Same(first, again);
        Assert.True(remembered < Reread, $"the second build allocated {remembered:N0} bytes");
        Assert.True(parsed > 4 * Reread, $"the first build allocated only {parsed:N0} bytes: the test measures nothing");
    }

    [Fact]
    public async Task The_executer_reuses_the_error_the_response_cache_normaliser_found_and_it_is_the_parsers_own()
    {
        var text = BrokenLargeDocument();
        var fresh = Build(new string(text)).Error; // another instance of the same text: parsed in full

        Assert.Null(await OperationNormalizer.NormalizeAsync(text, null, CancellationToken.None));
        var (error, allocated) = Build(text);

        Assert.True(allocated < Reread, $"the build after the normaliser allocated {allocated:N0} bytes");
        Assert.Equal(fresh.Description, error.Description);
        Assert.Equal(fresh.Location, error.Location);
    }

    [Fact]
    public void A_small_text_is_not_kept()
    {
        var text = "{ actors { totalCount }";

        Build(text);

        Assert.Null(LargeTextVerdicts.SyntaxErrorOf(text));
    }

    [Fact]
    public void A_large_text_is_counted_once_per_budget()
    {
        var text = BrokenLargeDocument();
        Assert.True(TokenCount.IsWithin(text, 50_000, out var counted, out var valid));

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(TokenCount.IsWithin(text, 50_000, out var again, out var validAgain));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((counted, valid), (again, validAgain));
        Assert.Equal(2_011, counted); // { actors ( ids : [ , the 2,000 ids (commas are not tokens), ] ) { totalCount }
        Assert.True(allocated < Reread, $"the second count allocated {allocated:N0} bytes");
        Assert.False(TokenCount.IsWithin(text, 1_000, out var stopped), "another budget is counted again");
        Assert.Equal(1_001, stopped);
    }

    [Fact]
    public async Task Through_the_endpoint_the_error_is_the_usual_syntax_error_at_the_end_of_the_text()
    {
        var text = BrokenLargeDocument();

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), text);

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "SYNTAX_ERROR");
        Assert.Contains("Expected", message, StringComparison.Ordinal);
        var location = body["errors"]![0]!["locations"]![0]!;
        Assert.Equal(1, (int)location["line"]!);
        Assert.Equal(text.Length + 1, (int)location["column"]!);
    }
}
