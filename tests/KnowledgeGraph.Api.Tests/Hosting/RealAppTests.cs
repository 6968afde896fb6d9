using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>The real app on the repository's graph-seed: the flagship question over HTTP, health, IDE, redirects.</summary>
public sealed class RealAppTests(KnowledgeGraphAppFactory factory) : IClassFixture<KnowledgeGraphAppFactory>
{
    private string ContentRoot => factory.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;

    [Fact]
    public async Task The_flagship_query_runs_on_the_repository_seed()
    {
        var query = await File.ReadAllTextAsync(RepositoryFiles.Find("ui/graphiql/examples/flagship.graphql", ContentRoot));
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, GraphQLMediaTypes.Json);

        var response = await factory.CreateClient().PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var json = JsonNode.Parse(text)!.AsObject();
        Assert.False(json.ContainsKey("errors"), text);
        var actors = json["data"]!["actors"]!;
        Assert.Equal(actors["nodes"]!.AsArray().Count, (int)actors["totalCount"]!);
    }

    [Fact]
    public async Task French_names_are_written_as_they_are_not_as_unicode_escapes()
    {
        const string query = """{ territories(where: { id: { eq: "REG-84" } }) { nodes { name } } }""";
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, GraphQLMediaTypes.Json);

        var text = await (await factory.CreateClient().PostAsync("/graphql", content)).Content.ReadAsStringAsync();

        Assert.Contains("\"Auvergne-Rhône-Alpes\"", text);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Reports_healthy(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        // Readiness answers a JSON report (Observability/HealthReportJsonWriter); liveness the plain status.
        Assert.Equal("Healthy", path == "/health/ready" ? (string?)JsonNode.Parse(body)!["status"] : body);
    }

    [Fact]
    public async Task The_root_redirects_to_the_endpoint()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_browser_gets_the_built_graphiql_page()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/ide/graphiql.js", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Serves_the_ide_bundle_compressed(string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/ide/graphiql.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await factory.CreateClient().SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var original = new FileInfo(RepositoryFiles.Find("wwwroot/ide/graphiql.js", ContentRoot)).Length;
        Assert.True(compressed.Length < original / 3, $"{compressed.Length} bytes compressed of {original}");
    }
}
