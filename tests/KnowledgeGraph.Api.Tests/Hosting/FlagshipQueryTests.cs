using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>The flagship question over HTTP against the real app, on a seed whose answer is known.</summary>
public sealed class FlagshipQueryTests : IAsyncLifetime
{
    private FlagshipSeed seed = null!;
    private KnowledgeGraphAppFactory factory = null!;

    public Task InitializeAsync()
    {
        seed = new FlagshipSeed(Path.GetDirectoryName(RepositoryFiles.Find("graph-seed/README.md"))!);
        factory = new KnowledgeGraphAppFactory { SeedDirectory = seed.Root };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        seed.Dispose();
    }

    [Fact]
    public async Task Answers_with_the_companies_co_building_with_associations_in_occitanie()
    {
        var query = await File.ReadAllTextAsync(RepositoryFiles.Find("ui/graphiql/examples/flagship.graphql"));
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, GraphQLMediaTypes.Json);

        var response = await factory.CreateClient().PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal(GraphQLMediaTypes.GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(text)!.AsObject();
        Assert.False(json.ContainsKey("errors"), text);
        var actors = json["data"]!["actors"]!;
        Assert.Equal(FlagshipSeed.ExpectedCompanies.Length, (int)actors["totalCount"]!);
        Assert.Equal(FlagshipSeed.ExpectedCompanies, actors["nodes"]!.AsArray().Select(actor => (string)actor!["name"]!));
        var zebre = actors["nodes"]![2]!["alliances"]!["edges"]!.AsArray();
        var edge = Assert.Single(zebre);
        Assert.Equal("INITIATOR", (string)edge!["role"]!);
        Assert.Equal("Alliance Hérault", (string)edge["node"]!["name"]!);
        Assert.Equal("Hérault", (string)edge["node"]!["territories"]!["nodes"]![0]!["name"]!);
        Assert.Equal("Asso Occitane", (string)edge["node"]!["participants"]!["nodes"]![0]!["name"]!);
    }
}
