using System.Net;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Auth;

/// <summary>What a valid signature is not enough for: a write needs a subject to be audited under, and expiry is strict.</summary>
public sealed class TokenRulesTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    private static string Create(string id) =>
        $$"""mutation { createDomain(input: { id: "{{id}}", name: "Token test", source: "API" }) { nodesCreatedCount } }""";

    [Fact]
    public async Task A_token_without_a_subject_may_read_but_not_write()
    {
        var client = app.CreateClient();
        var token = TestTokens.Create(subject: null, new[] { "editor" });
        var id = $"DOM-T-{Unique()}";

        var (status, body) = await PostAsync(client, Create(id), bearer: token);
        var (readStatus, read) = await PostAsync(client, $$"""{ node(id: "{{id}}") { id } }""", bearer: token);

        Assert.Equal(["SUBJECT_REQUIRED"], ErrorCodes(body));
        Assert.Contains("no subject", (string)body["errors"]![0]!["message"]!);
        Assert.Null(body["data"]?["createDomain"]);
        Assert.Equal(HttpStatusCode.OK, readStatus);
        Assert.Null(read["data"]!["node"]);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{status}");
    }

    [Fact]
    public async Task A_token_expired_two_minutes_ago_is_refused_and_one_expired_ten_seconds_ago_is_within_the_skew()
    {
        var client = app.CreateClient();
        var (stale, staleBody) = await PostAsync(client, Create($"DOM-T-{Unique()}"),
            bearer: TestTokens.Create("erin", new[] { "editor" }, expires: DateTime.UtcNow.AddMinutes(-2)));
        var (recent, recentBody) = await PostAsync(client, Create($"DOM-T-{Unique()}"),
            bearer: TestTokens.Create("frank", new[] { "editor" }, expires: DateTime.UtcNow.AddSeconds(-10)));

        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (stale, ErrorCodes(staleBody).Single()));
        Assert.True(recent == HttpStatusCode.OK && recentBody["errors"] is null, recentBody.ToJsonString());
    }

    [Fact]
    public async Task The_clock_skew_is_a_setting()
    {
        await using var lenient = new WriteAppFactory { Settings = { ["KnowledgeGraph:Auth:Jwt:ClockSkew"] = "00:05:00" } };
        var (status, body) = await PostAsync(lenient.CreateClient(), Create($"DOM-T-{Unique()}"),
            bearer: TestTokens.Create("grace", new[] { "editor" }, expires: DateTime.UtcNow.AddMinutes(-2)));

        Assert.True(status == HttpStatusCode.OK && body["errors"] is null, body.ToJsonString());
    }
}
