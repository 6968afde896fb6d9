using System.Net;
using GraphQL.Execution;
using GraphQLParser;
using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.Limits.Errors;
using KnowledgeGraph.Api.Tests.Limits;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>
/// Documents GraphQLParser reads badly: a syntax error far along one long line (its message costs time quadratic in
/// the column: a 200 KB line took 12 s), a lone carriage return before a syntax error (its message indexes past its
/// lines: a 500), a string literal too long to break. Each is answered at once, with a code and the client's own line
/// and column.
/// </summary>
public sealed class LongLineTests : IDisposable
{
    private readonly LimitsAppFactory factory = new();

    public void Dispose() => factory.Dispose();

    /// <summary>
    /// About 200 KB on one line, breakable by its spaces, within the token budget (4,800 long names), with an argument
    /// list left open: the error is at its end.
    /// </summary>
    private static readonly string BrokenLongLine = "{ search(text: \"x\") { score " + string.Concat(Enumerable.Repeat(new string('a', 40) + " ", 4_800)) + "(";

    [Fact]
    public void A_syntax_error_at_the_end_of_a_200_KB_line_costs_no_more_than_reading_the_line()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<SyntaxError>(() => new RememberingDocumentBuilder().Build(BrokenLongLine));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 64L << 20, $"{allocated:N0} bytes allocated");
        Assert.Equal(Location.FromLinearPosition(BrokenLongLine, BrokenLongLine.Length), Assert.Single(error.Locations!));
    }

    [Fact]
    public async Task Through_the_endpoint_it_is_the_usual_syntax_error_at_the_clients_line_and_column()
    {
        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), BrokenLongLine);

        GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "SYNTAX_ERROR");
        AssertLocation(body, 1, BrokenLongLine.Length + 1);
    }

    [Theory]
    [InlineData("{\r\r\r a(")]
    [InlineData("{\r a(t: \"\"\"x\ry\"\"\")\r b(")]
    [InlineData("{\r a(t: \"\\q\") }")]
    public async Task A_syntax_error_after_a_lone_carriage_return_is_a_400_at_the_clients_line_and_column(string query)
    {
        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, "SYNTAX_ERROR");
        Assert.Contains("Error parsing query", (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lone_carriage_return_does_not_change_the_line_of_a_syntax_error()
    {
        const string query = "{\r\r\r a(";

        var (_, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        AssertLocation(body, 4, 4); // GraphQL counts a lone CR as a line break, as GraphQLParser's locations do
    }

    [Fact]
    public async Task A_validation_error_on_a_long_line_is_located_in_the_clients_text()
    {
        var query = "{" + new string(' ', 2000) + "domains(first: 1) { totalCount } nope }";

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertLocation(body, 1, query.IndexOf("nope", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public async Task A_string_literal_too_long_to_break_is_refused_before_it_is_read()
    {
        var query = "{ search(text: \"" + new string('s', 200_000) + "\") { score } }";

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        var message = GraphQLPost.AssertRefused(response, body, HttpStatusCode.BadRequest, UnbrokenTextTooLongError.ErrorCode);
        Assert.Contains("Pass long strings as variables", message, StringComparison.Ordinal);
        AssertLocation(body, 1, 16);
    }

    [Fact]
    public async Task A_long_one_line_query_that_is_valid_is_answered()
    {
        var query = "{ domains(first: 2) {" + new string(' ', 1500) + "totalCount nodes { id" + string.Concat(Enumerable.Repeat(" name", 150)) + " } } }";

        var (response, body) = await GraphQLPost.SendAsync(factory.CreateClient(), query);

        GraphQLPost.AssertAnswered(response, body);
        Assert.Equal(2, body["data"]!["domains"]!["nodes"]!.AsArray().Count);
    }

    private static void AssertLocation(System.Text.Json.Nodes.JsonObject body, int line, int column)
    {
        var location = body["errors"]![0]!["locations"]![0]!;
        Assert.Equal((line, column), ((int)location["line"]!, (int)location["column"]!));
    }
}
