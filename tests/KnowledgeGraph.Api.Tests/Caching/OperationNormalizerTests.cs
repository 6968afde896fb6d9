using GraphQLParser.AST;
using KnowledgeGraph.Api.Caching;

namespace KnowledgeGraph.Api.Tests.Caching;

public sealed class OperationNormalizerTests
{
    private const string Base = "query Q { actors(where: { kind: { eq: COMPANY }, name: { startsWith: \"A\" } }, first: 5) { nodes { id name } } }";

    [Theory]
    [InlineData("query Q {\n  # the companies\n  actors(where: { kind: { eq: COMPANY }, name: { startsWith: \"A\" } }, first: 5) {\n    nodes { id name }\n  }\n}")]
    [InlineData("query Q { actors(first: 5, where: { kind: { eq: COMPANY }, name: { startsWith: \"A\" } }) { nodes { id name } } }")]
    [InlineData("query Q { actors(where: { name: { startsWith: \"A\" }, kind: { eq: COMPANY } }, first: 5) { nodes { id name } } }")]
    [InlineData("query   Q{actors(first:5 where:{name:{startsWith:\"A\"} kind:{eq:COMPANY}}){nodes{id name}}}")]
    public async Task Whitespace_comments_and_argument_or_input_field_order_do_not_split(string variant) =>
        Assert.Equal(await CanonicalAsync(Base), await CanonicalAsync(variant));

    [Theory]
    [InlineData("query Q { companies: actors(where: { kind: { eq: COMPANY }, name: { startsWith: \"A\" } }, first: 5) { nodes { id name } } }")]
    [InlineData("query Q { actors(where: { kind: { eq: COMPANY }, name: { startsWith: \"A\" } }, first: 5) { nodes { name id } } }")]
    [InlineData("query Q { actors(where: { kind: { eq: COMPANY }, name: { startsWith: \"B\" } }, first: 5) { nodes { id name } } }")]
    [InlineData("query R { actors(where: { kind: { eq: COMPANY }, name: { startsWith: \"A\" } }, first: 5) { nodes { id name } } }")]
    public async Task Aliases_selection_order_values_and_operation_names_split(string variant) =>
        Assert.NotEqual(await CanonicalAsync(Base), await CanonicalAsync(variant));

    [Fact]
    public async Task Variable_definition_and_fragment_order_do_not_split()
    {
        var one = "query Q($a: Int, $b: String) { ...F actors(first: $a) { totalCount } } fragment F on Query { x: actors(where: { name: { eq: $b } }) { totalCount } } fragment G on Query { __typename }";
        var two = "fragment G on Query { __typename } query Q($b: String, $a: Int) { ...F actors(first: $a) { totalCount } } fragment F on Query { x: actors(where: { name: { eq: $b } }) { totalCount } }";

        Assert.Equal(await CanonicalAsync(one), await CanonicalAsync(two));
    }

    [Theory]
    [InlineData("{ actors { totalCount } }", null, OperationType.Query, null)]
    [InlineData("query A { actors { totalCount } } mutation B { x }", "B", OperationType.Mutation, "B")]
    [InlineData("query A { actors { totalCount } } mutation B { x }", "A", OperationType.Query, "A")]
    public async Task Selects_the_requested_operation(string query, string? operationName, OperationType type, string? name)
    {
        var operation = await OperationNormalizer.NormalizeAsync(query, operationName, CancellationToken.None);

        Assert.NotNull(operation);
        Assert.Equal(type, operation.Type);
        Assert.Equal(name, operation.Name);
    }

    [Theory]
    [InlineData("{ actors { totalCount }", null)]
    [InlineData("query A { a } query B { b }", null)]
    [InlineData("query A { a }", "C")]
    public async Task Gives_nothing_for_a_document_that_execution_will_refuse(string query, string? operationName) =>
        Assert.Null(await OperationNormalizer.NormalizeAsync(query, operationName, CancellationToken.None));

    [Fact]
    public void Variables_are_canonical_json_whatever_their_key_order()
    {
        var one = new Dictionary<string, object?> { ["b"] = 2, ["a"] = new Dictionary<string, object?> { ["y"] = "é", ["x"] = new List<object?> { 1, null, true } } };
        var two = new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?> { ["x"] = new List<object?> { 1, null, true }, ["y"] = "é" }, ["b"] = 2 };

        Assert.Equal(CanonicalJson.Write(one), CanonicalJson.Write(two));
        Assert.Equal("{\"a\":{\"x\":[1,null,true],\"y\":\"\\u00E9\"},\"b\":2}", CanonicalJson.Write(one));
        Assert.NotEqual(CanonicalJson.Write(one), CanonicalJson.Write(new Dictionary<string, object?> { ["b"] = 3 }));
    }

    [Fact]
    public async Task Knows_the_variables_the_selected_operation_declares()
    {
        const string document = "query A($n: Int, $k: ActorKind) { actors(first: $n) { totalCount } } query B($z: Int) { actors(first: $z) { totalCount } }";

        var a = await OperationNormalizer.NormalizeAsync(document, "A", CancellationToken.None);
        var none = await OperationNormalizer.NormalizeAsync("{ actors { totalCount } }", null, CancellationToken.None);

        Assert.Equal(["k", "n"], a!.Variables.Order(StringComparer.Ordinal));
        Assert.Empty(none!.Variables);
    }

    [Fact]
    public void Only_declared_variables_are_written()
    {
        var sent = new Dictionary<string, object?> { ["n"] = 2, ["junk"] = new List<object?> { 1, 2, 3 } };

        Assert.Equal("{\"n\":2}", CanonicalJson.Write(sent, new HashSet<string> { "n", "k" }));
        Assert.Equal(CanonicalJson.Empty, CanonicalJson.Write(sent, new HashSet<string>()));
        Assert.Equal(CanonicalJson.Empty, CanonicalJson.Write(sent, new HashSet<string> { "k" }));
    }

    private static async Task<string> CanonicalAsync(string query) =>
        (await OperationNormalizer.NormalizeAsync(query, null, CancellationToken.None))!.CanonicalText;
}
