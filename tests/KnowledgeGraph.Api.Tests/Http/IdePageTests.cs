using static KnowledgeGraph.Api.Http.GraphQLMediaTypes;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>A browser opening the endpoint gets the GraphiQL page; API clients never do.</summary>
public sealed class IdePageTests(ProtocolServer server) : IClassFixture<ProtocolServer>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?query=%7B%20hello%20%7D")]
    public async Task Serves_the_ide_page_to_a_browser(string url)
    {
        var response = await server.GetAsync(url, BrowserAccept);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ProtocolServer.IdeHtml, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/graphql-response+json, text/html")]
    [InlineData("*/*")]
    [InlineData("text/html;q=0.5, application/json")]
    public async Task Answers_graphql_when_html_is_not_preferred(string accept)
    {
        var response = await server.GetAsync(ProtocolServer.Url("/graphql", ("query", "{ hello }")), accept);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_browser_post_still_executes() =>
        await ResponseAssert.JsonAsync(await server.PostAsync("""{"query":"{ hello }"}""", BrowserAccept), 200, GraphQLResponse,
            """{"data":{"hello":"Hello, world!"}}""");

    [Fact]
    public async Task Says_how_to_build_the_ide_when_it_is_missing()
    {
        var response = await server.GetAsync("/unbuilt-ide", BrowserAccept);

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("dotnet build src/KnowledgeGraph.Api", await response.Content.ReadAsStringAsync());
    }
}
