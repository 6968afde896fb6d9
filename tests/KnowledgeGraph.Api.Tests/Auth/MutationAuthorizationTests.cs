using System.Net;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Auth;

public sealed class MutationAuthorizationTests(WriteAppFactory app) : IClassFixture<WriteAppFactory>
{
    private static string Create(string id) =>
        $$"""mutation { createDomain(input: { id: "{{id}}", name: "Auth test", source: "API" }) { nodesCreatedCount } }""";

    [Fact]
    public async Task Reading_is_open_without_credentials()
    {
        var data = await DataAsync(app.CreateClient(), """{ node(id: "REG-76") { id } }""");
        Assert.Equal("REG-76", (string)data["node"]!["id"]!);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-configured-key")]
    public async Task A_mutation_without_a_valid_identity_is_401_and_writes_nothing(string? apiKey)
    {
        var client = app.CreateClient();
        var id = $"DOM-T-{Unique()}";
        var (status, body) = await PostAsync(client, Create(id), apiKey: apiKey);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(["UNAUTHENTICATED"], ErrorCodes(body));
        Assert.Null(body["data"]);
        Assert.Null((await DataAsync(client, $$"""{ node(id: "{{id}}") { id } }"""))["node"]);
    }

    [Fact]
    public async Task A_key_without_the_editor_role_is_403()
    {
        var (status, body) = await PostAsync(app.CreateClient(), Create($"DOM-T-{Unique()}"), apiKey: WriteAppFactory.NoRoleKey);
        Assert.Equal((HttpStatusCode.Forbidden, "FORBIDDEN"), (status, ErrorCodes(body).Single()));
    }

    [Fact]
    public async Task The_api_key_may_come_in_the_authorization_header()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Authorization", $"ApiKey {WriteAppFactory.AdminKey}");
        var data = await DataAsync(client, Create($"DOM-T-{Unique()}"));
        Assert.Equal(1, (int)data["createDomain"]!["nodesCreatedCount"]!);
    }

    [Fact]
    public async Task A_bearer_token_of_the_issuer_with_the_role_may_write()
    {
        var client = app.CreateClient();
        var (status, body) = await PostAsync(client, Create($"DOM-T-{Unique()}"), bearer: TestTokens.Create("alice", new[] { "editor" }));
        Assert.True(status == HttpStatusCode.OK && body["errors"] is null, body.ToJsonString());

        var (single, singleBody) = await PostAsync(client, Create($"DOM-T-{Unique()}"), bearer: TestTokens.Create("bob", "admin", roleClaim: "role"));
        Assert.True(single == HttpStatusCode.OK && singleBody["errors"] is null, singleBody.ToJsonString());
    }

    [Theory]
    [InlineData("another-signing-key-of-at-least-32-bytes", WriteAppFactory.JwtIssuer, HttpStatusCode.Unauthorized)]
    [InlineData(WriteAppFactory.JwtSigningKey, "https://someone-else.test", HttpStatusCode.Unauthorized)]
    public async Task A_bearer_token_not_from_the_issuer_is_401(string key, string issuer, HttpStatusCode expected)
    {
        var token = TestTokens.Create("mallory", new[] { "admin" }, key, issuer);
        var (status, body) = await PostAsync(app.CreateClient(), Create($"DOM-T-{Unique()}"), bearer: token);
        Assert.Equal((expected, "UNAUTHENTICATED"), (status, ErrorCodes(body).Single()));
    }

    [Fact]
    public async Task An_expired_token_is_401_and_a_token_without_the_role_is_403()
    {
        var client = app.CreateClient();
        var (expired, _) = await PostAsync(client, Create($"DOM-T-{Unique()}"), bearer: TestTokens.Create("carol", new[] { "editor" }, expires: DateTime.UtcNow.AddMinutes(-10)));
        Assert.Equal(HttpStatusCode.Unauthorized, expired);
        var (noRole, _) = await PostAsync(client, Create($"DOM-T-{Unique()}"), bearer: TestTokens.Create("dave", new[] { "viewer" }));
        Assert.Equal(HttpStatusCode.Forbidden, noRole);
    }
}
