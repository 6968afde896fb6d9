using System.Text.Json;
using GraphQL.SystemTextJson;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Tests.Http;

public sealed class VariableMentionsTests
{
    [Theory]
    [InlineData("query ($n: Int) { actors(first: $n) { totalCount } }", "n", true)]
    [InlineData("query ($ n: Int) { actors(first: $ n) { totalCount } }", "n", true)] // GraphQL allows space after '$'
    [InlineData("query Q($first: Int) { a }", "first", true)]
    [InlineData("query Q($first: Int) { a }", "firs", false)]
    [InlineData("query Q($first: Int) { a }", "irst", false)]
    [InlineData("query Q($first_2: Int) { a }", "first", false)]
    [InlineData("query Q($x: Int) { a(b: $x) }", "y", false)]
    [InlineData("{ a }", "", false)]
    [InlineData("n", "n", true)]
    [InlineData("{ a(n: 1) } # $n", "n", true)] // a comment counts: execution ignores what it does not declare
    public void A_variable_is_mentioned_when_its_name_stands_alone_in_the_document(string document, string name, bool mentioned) =>
        Assert.Equal(mentioned, VariableMentions.IsMentioned(document, name));

    [Fact]
    public void The_request_reader_keeps_only_the_variables_the_document_mentions()
    {
        var body = """{"query":"query ($n: Int!, $who: String) { twice(n: $n) hello(name: $who) }","variables":{"n":21,"who":"Ada","w":1,"nn":["""
            + string.Join(",", Enumerable.Range(0, 20_000)) + "]}}";
        using var json = JsonDocument.Parse(body);

        var request = GraphQLRequestReader.FromJsonBody(json.RootElement, new GraphQLSerializer());

        Assert.Equal(["n", "who"], request.Variables!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(21, Convert.ToInt32(request.Variables["n"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Ada", request.Variables["who"]);
    }

    [Fact]
    public void A_persisted_document_keeps_every_variable_its_text_is_not_known_yet()
    {
        using var json = JsonDocument.Parse("""{"documentId":"sha256:abc","variables":{"n":1,"other":2}}""");

        var request = GraphQLRequestReader.FromJsonBody(json.RootElement, new GraphQLSerializer());

        Assert.Equal(["n", "other"], request.Variables!.Keys.Order(StringComparer.Ordinal));
    }
}
