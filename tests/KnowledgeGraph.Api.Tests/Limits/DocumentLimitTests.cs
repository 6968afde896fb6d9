using System.Net;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>Aliases and operations per document, the body size and the page size, with the default limits.</summary>
public sealed class DocumentLimitTests(KnowledgeGraphAppFactory factory) : IClassFixture<KnowledgeGraphAppFactory>
{
    private static string Aliased(int count) =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: domains(first: 1) {{ totalCount }}")) + " }";

    [Fact]
    public async Task More_than_30_aliases_are_refused()
    {
        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), Aliased(31));

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "MAX_ALIASES_EXCEEDED");
        Assert.Equal("The document uses 31 aliases; this API allows at most 30 per request. Split the query into several requests.", message);
    }

    [Fact]
    public async Task Thirty_aliases_are_answered()
    {
        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), Aliased(30));

        GraphQLPost.AssertAnswered(response, body);
    }

    [Fact]
    public async Task Aliases_inside_fragments_count()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 31).Select(i => $"n{i}: name"));
        var query = $"{{ domains(first: 1) {{ nodes {{ ...D }} }} }} fragment D on Domain {{ {fields} }}";

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "MAX_ALIASES_EXCEEDED");
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(5, true)]
    public async Task A_document_may_hold_at_most_5_operations(int operations, bool answered)
    {
        var query = string.Join(" ", Enumerable.Range(0, operations).Select(i => $"query Q{i} {{ __typename }}"));

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query, operationName: "Q0");

        if (answered)
        {
            GraphQLPost.AssertAnswered(response, body);
            return;
        }

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "MAX_OPERATIONS_EXCEEDED");
        Assert.Equal("The document holds 6 operations; this API allows at most 5 per request. Send fewer operations per document.", message);
    }

    [Fact]
    public async Task A_body_over_256_KiB_gets_413()
    {
        var query = "{ __typename } #" + new string('x', 256 * 1024);

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
        Assert.Equal("The request body is larger than 262144 bytes.", message);
    }

    [Fact]
    public async Task A_body_under_256_KiB_is_read()
    {
        var query = "{ __typename } #" + new string('x', 250 * 1024);

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        GraphQLPost.AssertAnswered(response, body);
    }

    [Fact]
    public async Task A_page_above_the_stores_maximum_is_INVALID_PAGINATION()
    {
        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), "{ actors(first: 1001) { totalCount } }");

        var errors = body["errors"]!.AsArray();
        Assert.Contains(errors, e => (string?)e!["extensions"]?["code"] == "INVALID_PAGINATION");
        Assert.True((int)response.StatusCode < 500, body.ToJsonString());
    }

    [Fact]
    public async Task GraphiQLs_schema_query_is_answered_with_the_default_limits()
    {
        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), IntrospectionQuery.Text, operationName: "IntrospectionQuery");

        GraphQLPost.AssertAnswered(response, body);
        Assert.Contains(body["data"]!["__schema"]!["types"]!.AsArray(), type => (string?)type!["name"] == "Actor");
    }

    [Fact]
    public async Task A_document_nested_beyond_what_the_parser_reads_is_a_request_error()
    {
        var query = "{ actors(where: " + string.Concat(Enumerable.Repeat("{ not: ", 200)) + "{}" + new string('}', 200) + ") { totalCount } }";

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "DOCUMENT_TOO_DEEP");
        Assert.StartsWith("The document nests its fields, arguments or values more than 128 levels deep", message);
    }
}
