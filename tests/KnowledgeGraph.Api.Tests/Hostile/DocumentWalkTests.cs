using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Hostile.HostileExchange;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>
/// Documents whose fragments form cycles, spread each other exponentially or chain thousands deep, and documents
/// nested 10,000 levels (selections, list literals, input objects, variables), sent anonymously and as an admin, as
/// queries and as mutations: every walk over the document (authorization, limits, normalisation, cache keys,
/// planning, the direct writer) meets them, and each must answer 400 with a coded error, never take the process down.
/// </summary>
public sealed class DocumentWalkTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    public static TheoryData<string, string> CyclicDocuments()
    {
        var data = new TheoryData<string, string>();
        foreach (var (kind, type) in new[] { ("mutation", "Mutation"), ("query", "Query") })
        {
            data.Add($"{kind}: direct", $"{kind} {{ ...A }} fragment A on {type} {{ ...A }}");
            data.Add($"{kind}: indirect", $"{kind} {{ ...A }} fragment A on {type} {{ __typename ...B }} fragment B on {type} {{ ...C }} fragment C on {type} {{ ...A }}");
            data.Add($"{kind}: through inline fragments", $"{kind} {{ ... on {type} {{ ...A }} }} fragment A on {type} {{ ... on {type} {{ ... {{ ...A }} }} }}");
            data.Add($"{kind}: cycle beside a field", $"{kind} {{ __typename ...A }} fragment A on {type} {{ __typename ...A }}");
            data.Add($"{kind}: unknown fragment", $"{kind} {{ ...Nowhere }}");
            data.Add($"{kind}: exponential spreads", Exponential(kind, type, 40));
            data.Add($"{kind}: 3,000 chained fragments", Chain(kind, type, 3000));
        }
        data.Add("query: cycle under a field", "{ actors(first: 1) { nodes { ...A } } } fragment A on Actor { id alliances(first: 1) { nodes { ...B } } } fragment B on Alliance { actors(first: 1) { nodes { ...A } } }");
        return data;
    }

    [Theory]
    [MemberData(nameof(CyclicDocuments))]
    public async Task Fragment_cycles_and_chains_are_refused_with_a_code_anonymously_and_as_admin(string name, string query)
    {
        _ = name;
        var client = app.CreateClient();
        foreach (var key in new[] { null, WriteAppFactory.AdminKey })
        {
            var (status, text) = await PostAsync(client, query, apiKey: key);
            Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{(int)status}: {Head(text)}");
            AssertRefused(status, text, status);
        }
        await AssertAliveAsync(client);
    }

    public static TheoryData<string, string> DeepDocuments() => new()
    {
        { "10,000 nested selections", "{ " + Repeat("node { ", 10_000) + "id" + Repeat(" }", 10_000) + " }" },
        { "10,000 nested list literals", "{ actors(where: " + Repeat("[", 10_000) + Repeat("]", 10_000) + ") { totalCount } }" },
        { "10,000 nested input objects", "{ actors(where: " + Repeat("{ a: ", 10_000) + "1" + Repeat(" }", 10_000) + ") { totalCount } }" },
        { "10,000 nested inline fragments", "{ " + Repeat("... on Query { ", 10_000) + "__typename" + Repeat(" }", 10_000) + " }" },
        { "10,000 nested selections in a mutation", "mutation { " + Repeat("a { ", 10_000) + "b" + Repeat(" }", 10_000) + " }" },
        { "10,000 nested directive argument lists", "{ __typename @include(if: " + Repeat("[", 10_000) + Repeat("]", 10_000) + ") }" },
    };

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public async Task Deeply_nested_documents_are_refused_with_a_code(string name, string query)
    {
        _ = name;
        var client = app.CreateClient();
        foreach (var key in new[] { null, WriteAppFactory.AdminKey })
            AssertRefused(await PostAsync(client, query, apiKey: key) is var (status, text) ? status : 0, text);
        await AssertAliveAsync(client);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(10_000)]
    public async Task Deeply_nested_variables_are_refused_with_a_code(int depth)
    {
        var client = app.CreateClient();
        var nested = Repeat("{\"AND\":[", depth) + "{}" + Repeat("]}", depth);
        var list = Repeat("[", depth) + Repeat("]", depth);
        foreach (var value in new[] { nested, list })
        {
            var body = "{\"query\":\"query($w: ActorFilter) { actors(where: $w) { totalCount } }\",\"variables\":{\"w\":" + value + "}}";
            var (status, text) = await PostRawAsync(client, Encoding.UTF8.GetBytes(body));
            AssertRefused(status, text);
            var mutation = "{\"query\":\"mutation($i: String) { __typename }\",\"variables\":{\"i\":" + value + "}}";
            (status, text) = await PostRawAsync(client, Encoding.UTF8.GetBytes(mutation), apiKey: WriteAppFactory.AdminKey);
            AssertRefused(status, text);
        }
        await AssertAliveAsync(client);
    }

    /// <summary>F0 spreads F1 twice, F1 spreads F2 twice…: 2^levels root fields once expanded.</summary>
    private static string Exponential(string kind, string type, int levels)
    {
        var text = new StringBuilder($"{kind} {{ ...F0 }}");
        for (var i = 0; i < levels; i++)
            text.Append($" fragment F{i} on {type} {{ ...F{i + 1} ...F{i + 1} }}");
        return text.Append($" fragment F{levels} on {type} {{ __typename }}").ToString();
    }

    private static string Chain(string kind, string type, int length)
    {
        var text = new StringBuilder($"{kind} {{ ...F0 }}");
        for (var i = 0; i < length; i++)
            text.Append($" fragment F{i} on {type} {{ __typename ...F{i + 1} }}");
        return text.Append($" fragment F{length} on {type} {{ __typename }}").ToString();
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
