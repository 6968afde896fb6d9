using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Every query of docs/query-examples.md runs on the real app over the reference seed without errors.</summary>
public sealed partial class QueryExamplesTests(QueryExamplesTests.App app) : IClassFixture<QueryExamplesTests.App>
{
    public static TheoryData<string, string> Examples()
    {
        var text = File.ReadAllText(RepositoryFiles.Find("docs/query-examples.md"));
        var data = new TheoryData<string, string>();
        foreach (Match match in Example().Matches(text))
        {
            data.Add(match.Groups["question"].Value, match.Groups["query"].Value);
        }

        return data;
    }

    [Fact]
    public void The_file_has_an_example_of_each_construct()
    {
        var queries = string.Join("\n", Examples().Select(row => (string)row[1]));
        Assert.True(Examples().Count >= 15);
        foreach (var construct in new[] { "Edges: { some:", "{ role since node", "all:", "none:", "single:", "Count: { gte:", "edgeWhere:",
                     "order: [{ territories: { name: ASC } }", "Count: DESC }]", "aggregate {", "{ value count }", "endCursor" })
        {
            Assert.Contains(construct, queries, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Runs_without_errors(string question, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, GraphQLMediaTypes.Json);

        var response = await app.CreateClient().PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{question}\n{text}");
        var json = JsonNode.Parse(text)!.AsObject();
        Assert.False(json.ContainsKey("errors"), $"{question}\n{text}");
        Assert.NotEmpty(json["data"]!.AsObject());
    }

    /// <summary>A bold question line, then the next graphql block.</summary>
    [GeneratedRegex(@"\*\*(?<question>[^*]+)\*\*[^`]*```graphql\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    /// <summary>The real app on the repository's reference seed (curated + synthetic), shared by the examples.</summary>
    public sealed class App : KnowledgeGraphAppFactory;
}
