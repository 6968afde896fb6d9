using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Mutations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Api.Tests.Mutations.GraphQLClient;

namespace KnowledgeGraph.Api.Tests.Auth;

/// <summary>
/// Authentication runs once for a request with credentials and not at all for one without: the app's pipeline holds
/// exactly one authentication middleware (WebApplication would otherwise add its own in front), behind the gate.
/// </summary>
public sealed class CredentialAuthenticationTests(CredentialAuthenticationTests.CountingAppFactory app)
    : IClassFixture<CredentialAuthenticationTests.CountingAppFactory>
{
    private const string Query = """{ node(id: "REG-76") { id } }""";

    [Fact]
    public async Task An_anonymous_request_is_answered_without_authenticating()
    {
        var before = app.Authentications;
        var data = await DataAsync(app.CreateClient(), Query);

        Assert.Equal("REG-76", (string)data["node"]!["id"]!);
        Assert.Equal(before, app.Authentications);
    }

    [Fact]
    public async Task An_anonymous_mutation_is_still_refused_as_unauthenticated()
    {
        var (status, body) = await PostAsync(app.CreateClient(),
            $$"""mutation { createDomain(input: { id: "DOM-T-{{Unique()}}", name: "Gate test", source: "API" }) { nodesCreatedCount } }""");

        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (status, ErrorCodes(body).Single()));
    }

    [Fact]
    public async Task An_api_key_header_is_authenticated_once_and_lets_an_editor_write()
    {
        var before = app.Authentications;
        var (status, body) = await PostAsync(app.CreateClient(),
            $$"""mutation { createDomain(input: { id: "DOM-T-{{Unique()}}", name: "Gate test", source: "API" }) { nodesCreatedCount } }""",
            apiKey: WriteAppFactory.EditorKey);

        Assert.True(status == HttpStatusCode.OK && body["errors"] is null, body.ToJsonString());
        Assert.Equal(before + 1, app.Authentications);
    }

    [Fact]
    public async Task An_api_key_in_the_authorization_header_is_authenticated_once()
    {
        var before = app.Authentications;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query":"mutation { createDomain(input: { id: \"DOM-T-{{Unique()}}\", name: \"Gate\", source: \"API\" }) { nodesCreatedCount } }"}""",
                Encoding.UTF8, GraphQLMediaTypes.Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", WriteAppFactory.EditorKey);
        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"errors\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, app.Authentications);
    }

    [Fact]
    public async Task A_bearer_token_is_authenticated_once()
    {
        var before = app.Authentications;
        var (status, body) = await PostAsync(app.CreateClient(), Query, bearer: TestTokens.Create("someone", new[] { "reader" }));

        Assert.True(status == HttpStatusCode.OK && body["errors"] is null, body.ToJsonString());
        Assert.Equal(before + 1, app.Authentications);
    }

    /// <summary>The write test app, with ASP.NET Core's authentication service wrapped to count authentications by the default scheme.</summary>
    public sealed class CountingAppFactory : WriteAppFactory
    {
        private int authentications;

        public int Authentications => Volatile.Read(ref authentications);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddScoped<IAuthenticationService>(provider =>
                new CountingAuthenticationService(ActivatorUtilities.CreateInstance<AuthenticationService>(provider), this)));
        }

        private sealed class CountingAuthenticationService(IAuthenticationService inner, CountingAppFactory counts) : IAuthenticationService
        {
            // Counts the middleware's calls (with the default scheme), not the policy scheme's forwarding to API key or JWT.
            public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
            {
                if (scheme == AuthServiceExtensions.SchemeName)
                    Interlocked.Increment(ref counts.authentications);
                return inner.AuthenticateAsync(context, scheme);
            }

            public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ChallengeAsync(context, scheme, properties);

            public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ForbidAsync(context, scheme, properties);

            public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) =>
                inner.SignInAsync(context, scheme, principal, properties);

            public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.SignOutAsync(context, scheme, properties);
        }
    }
}
