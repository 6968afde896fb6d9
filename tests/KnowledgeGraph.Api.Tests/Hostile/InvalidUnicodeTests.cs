using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Hostile.HostileExchange;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>
/// A lone surrogate (an escaped <c>\ud800</c> in JSON or in a GraphQL string, or raw bytes that are not UTF-8) in every
/// place a client can put one (issue 13, item 3): the answer is a 400 with a coded error, never a 500 or an empty body.
/// </summary>
public sealed class InvalidUnicodeTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    public static TheoryData<string, string> JsonBodies() => new()
    {
        { "query", """{"query":"{ __typename } # \ud800"}""" },
        { "query, low surrogate", """{"query":"{ __typename } # \udfff x"}""" },
        { "operationName", """{"query":"query A { __typename }","operationName":"\ud800"}""" },
        { "variable value", """{"query":"query($v: String) { __typename }","variables":{"v":"\ud800"}}""" },
        { "variable value in a list", """{"query":"query($v: [String]) { __typename }","variables":{"v":["ok","\udc00"]}}""" },
        { "variable value in an object", """{"query":"query($w: ActorFilter) { actors(where: $w) { totalCount } }","variables":{"w":{"name":{"eq":"\ud800"}}}}""" },
        { "variable name", """{"query":"{ __typename }","variables":{"\ud800":1}}""" },
        { "extensions value", """{"query":"{ __typename }","extensions":{"x":"\ud800"}}""" },
        { "extensions key", """{"query":"{ __typename }","extensions":{"\ud800":{"y":1}}}""" },
        { "unknown member", """{"query":"{ __typename }","\ud800":1}""" },
        { "GraphQL string escape", """{"query":"{ node(id: \"\\ud800\") { id } }"}""" },
        { "GraphQL string escape in a filter", """{"query":"{ actors(where: { name: { eq: \"a\\udc00\" } }) { totalCount } }"}""" },
        { "GraphQL string escape in an unknown argument", """{"query":"{ __typename(x: \"\\ud800\") }"}""" },
        { "GraphQL block string", "{\"query\":\"{ node(id: \\\"\\\"\\\"\\ud800\\\"\\\"\\\") { id } }\"}" },
    };

    [Theory]
    [MemberData(nameof(JsonBodies))]
    public async Task A_lone_surrogate_in_a_json_body_is_a_coded_400(string place, string body)
    {
        _ = place;
        var client = app.CreateClient();
        foreach (var key in new[] { null, WriteAppFactory.AdminKey })
        {
            var (status, text) = await PostRawAsync(client, Encoding.UTF8.GetBytes(body), apiKey: key);
            Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.OK, $"{(int)status}: {Head(text)}");
            if (status == HttpStatusCode.OK)
                Assert.DoesNotContain("\"errors\"", text);
            else
                AssertRefused(status, text);
        }
        await AssertAliveAsync(client);
    }

    [Theory]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a UTF-8-encoded surrogate (CESU-8)
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // above U+10FFFF
    public async Task Bytes_that_are_not_utf8_anywhere_in_the_body_are_a_coded_400(byte[] bad)
    {
        var client = app.CreateClient();
        foreach (var template in new[] { "{\"query\":\"{ __typename } #@\"}", "{\"query\":\"{ __typename }\",\"variables\":{\"v\":\"@\"}}", "{\"query\":\"{ __typename }\",\"extensions\":{\"@\":1}}" })
        {
            var parts = template.Split('@');
            byte[] body = [.. Encoding.UTF8.GetBytes(parts[0]), .. bad, .. Encoding.UTF8.GetBytes(parts[1])];
            var (status, text) = await PostRawAsync(client, body);
            AssertRefused(status, text);
        }
    }

    [Theory]
    [InlineData("variables", "{\"v\":\"\\ud800\"}")]
    [InlineData("variables", "{\"\\udc00\":1}")]
    [InlineData("extensions", "{\"x\":\"\\ud800\"}")]
    [InlineData("operationName", "\ud800")]
    [InlineData("query", "{ __typename } #\ud800")]
    [InlineData("query", "{ node(id: \"\\ud800\") { id } }")]
    [InlineData("variables", "%ED%A0%80")]
    public async Task A_lone_surrogate_in_get_parameters_is_a_coded_answer(string parameter, string value)
    {
        var client = app.CreateClient();
        var escaped = value.StartsWith('%') ? value : Uri.EscapeDataString(value.Replace("\ud800", "\\ud800"));
        var query = parameter == "query" ? "" : "query=" + Uri.EscapeDataString("query A { __typename }") + "&";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?{query}{parameter}={escaped}");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.OK, $"{(int)response.StatusCode}: {Head(text)}");
        AssertCodedErrors(text);
        await AssertAliveAsync(client);
    }
}
