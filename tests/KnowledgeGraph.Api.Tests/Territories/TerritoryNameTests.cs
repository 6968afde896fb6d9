using System.Net;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Territories;

/// <summary>
/// Names wherever a territory is expected (issue 15): a name (ignoring case, accents, hyphens, apostrophes and
/// spacing), the id in any case or the INSEE code gives the same answer as the id itself; an ambiguous or unknown
/// name is a precise error with its extensions. Oracle: the same query with the territory's id.
/// </summary>
public sealed class TerritoryNameTests(ReferenceApp reference) : IClassFixture<ReferenceApp>
{
    private const string Flagship = """
        { actors(where: { kind: { eq: COMPANY }, alliances: { some: { category: { eq: SOCIETAL_INNOVATION },
            territories: { some: { within: "%" } }, participants: { some: { kind: { eq: ASSOCIATION } } } } } }, order: [{ name: ASC }]) {
            totalCount nodes { id } } }
        """;

    [Theory]
    [InlineData("Occitanie", "REG-76")]
    [InlineData("occitanie", "REG-76")]
    [InlineData("  OCCITANIE ", "REG-76")]
    [InlineData("reg-76", "REG-76")]
    [InlineData("Reg 76", "REG-76")]
    [InlineData("hauts de france", "REG-32")]
    [InlineData("Île de France", "REG-11")]
    [InlineData("ile-de-france", "REG-11")]
    [InlineData("herault", "DEP-34")]
    [InlineData("34", "DEP-34")]
    [InlineData("Saint Etienne", "COM-42218")]
    [InlineData("42218", "COM-42218")]
    [InlineData("cote d or", "DEP-21")]
    [InlineData("Côte d’Or", "DEP-21")]
    public async Task A_name_a_code_or_an_id_in_any_case_answers_as_the_id(string typed, string id)
    {
        var app = reference.App;
        var byId = await app.DataAsync(Flagship.Replace("%", id));
        var byName = await app.DataAsync(Flagship.Replace("%", typed));
        Assert.Equal(byId.ToJsonString(), byName.ToJsonString());

        const string within = """{ territories(where: { within: "%" }, first: 1000) { totalCount nodes { id } } }""";
        var inside = await app.DataAsync(within.Replace("%", id));
        Assert.Equal(inside.ToJsonString(), (await app.DataAsync(within.Replace("%", typed))).ToJsonString());
        Assert.Contains(id, inside["territories"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
    }

    [Fact]
    public async Task Analytics_and_counts_take_names_too()
    {
        var app = reference.App;
        const string query = """
            { centrality(measure: DEGREE, within: "%", top: 20) { id score }
              coParticipation(filter: { within: "%" }) { allianceCount actorCount linkCount }
              networkStats(filter: { within: "%" }) { nodeCount linkCount }
              allianceCounts(by: CATEGORY, where: { territories: { some: { within: "%" } } }) { allianceCount buckets { key count } } }
            """;
        var byId = await app.DataAsync(query.Replace("%", "REG-76"));
        Assert.True((int)byId["coParticipation"]!["allianceCount"]! > 0);
        Assert.Equal(byId.ToJsonString(), (await app.DataAsync(query.Replace("%", "Occitanie"))).ToJsonString());
        Assert.Equal(byId.ToJsonString(), (await app.DataAsync(query.Replace("%", "reg-76"))).ToJsonString());
    }

    [Fact]
    public async Task Node_takes_a_territory_id_in_any_case_and_a_name_naming_one()
    {
        var data = await reference.App.DataAsync("""
            { a: node(id: "reg-76") { id } b: node(id: "Occitanie") { id } c: node(id: "REG-76") { id } d: node(id: "NOPE") { id } }
            """);
        Assert.Equal("REG-76", (string)data["a"]!["id"]!);
        Assert.Equal("REG-76", (string)data["b"]!["id"]!);
        Assert.Equal("REG-76", (string)data["c"]!["id"]!);
        Assert.Null(data["d"]);
    }

    [Theory]
    [InlineData("""{ territories(where: { within: "Vienne" }) { totalCount } }""", "Vienne")]
    [InlineData("""{ centrality(measure: DEGREE, within: "Vienne") { id } }""", "Vienne")]
    [InlineData("""{ coParticipation(filter: { within: "Vienne" }) { allianceCount } }""", "Vienne")]
    [InlineData("""{ node(id: "Vienne") { id } }""", "Vienne")]
    public async Task An_ambiguous_name_lists_the_candidates_with_their_ids(string query, string typed)
    {
        var error = await SingleErrorAsync(query);
        Assert.Equal("AMBIGUOUS_TERRITORY", (string)error["extensions"]!["code"]!);
        var candidates = error["extensions"]!["candidates"]!.AsArray();
        Assert.Equal(["DEP-86", "COM-38544"], candidates.Select(c => (string)c!["id"]!));
        Assert.All(candidates, c => Assert.Equal(typed, (string)c!["name"]!));
        Assert.Equal(["DEPARTMENT", "COMMUNE"], candidates.Select(c => (string)c!["level"]!));
        var message = (string)error["message"]!;
        Assert.Contains("DEP-86", message);
        Assert.Contains("COM-38544", message);
    }

    [Fact]
    public async Task An_insee_code_shared_by_a_region_and_a_department_is_ambiguous()
    {
        var error = await SingleErrorAsync("""{ territories(where: { within: "76" }) { totalCount } }""");
        Assert.Equal("AMBIGUOUS_TERRITORY", (string)error["extensions"]!["code"]!);
        Assert.Equal(["REG-76", "DEP-76"], error["extensions"]!["candidates"]!.AsArray().Select(c => (string)c!["id"]!));
    }

    [Theory]
    [InlineData("""{ territories(where: { within: "Bretagn" }) { totalCount } }""")]
    [InlineData("""{ actors(where: { alliances: { some: { territories: { some: { within: "Bretagn" } } } } }) { totalCount } }""")]
    [InlineData("""{ centrality(measure: DEGREE, within: "Bretagn") { id } }""")]
    [InlineData("""{ coParticipation(filter: { within: "Bretagn" }) { allianceCount } }""")]
    [InlineData("""{ allianceCounts(by: CATEGORY, where: { territories: { some: { within: "Bretagn" } } }) { allianceCount } }""")]
    public async Task An_unknown_name_suggests_the_closest_with_the_same_wording_everywhere(string query)
    {
        var error = await SingleErrorAsync(query);
        Assert.Equal("UNKNOWN_TERRITORY", (string)error["extensions"]!["code"]!);
        Assert.Equal("Bretagne", (string)error["extensions"]!["suggestions"]![0]!);
        Assert.Equal(
            "No territory has the name, id or INSEE code \"Bretagn\" (a territory is given by its name, e.g. \"Occitanie\", " +
            "its id, e.g. \"REG-76\", or its INSEE code). Did you mean \"Bretagne\"?",
            (string)error["message"]!);
    }

    [Fact]
    public async Task An_elided_article_is_not_part_of_a_name()
    {
        var error = await SingleErrorAsync("""{ territories(where: { within: "l’Hérault" }) { totalCount } }""");
        Assert.Equal("UNKNOWN_TERRITORY", (string)error["extensions"]!["code"]!);
        Assert.Equal("Hérault", (string)error["extensions"]!["suggestions"]![0]!);
    }

    [Fact]
    public async Task Exports_take_a_name_and_name_the_file_by_the_id()
    {
        var client = reference.App.Client;
        using var byId = await client.GetAsync("/export/co-participation.graphml?within=REG-76");
        using var byName = await client.GetAsync("/export/co-participation.graphml?within=occitanie");
        Assert.Equal(HttpStatusCode.OK, byName.StatusCode);
        Assert.Equal("co-participation-REG-76.graphml", byName.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(await byId.Content.ReadAsStringAsync(), await byName.Content.ReadAsStringAsync());

        using var wholeById = await client.GetAsync("/export/graph.nodes.csv?within=REG-76");
        using var wholeByName = await client.GetAsync("/export/graph.nodes.csv?within=Occitanie");
        Assert.Equal(await wholeById.Content.ReadAsStringAsync(), await wholeByName.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/export/co-participation.gexf?within=Bretagn", "UNKNOWN_TERRITORY", "suggestions")]
    [InlineData("/export/graph.graphml?within=Vienne", "AMBIGUOUS_TERRITORY", "candidates")]
    public async Task Export_errors_carry_the_same_extensions(string url, string code, string extension)
    {
        using var response = await reference.App.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal(code, (string)error["extensions"]!["code"]!);
        Assert.NotEmpty(error["extensions"]![extension]!.AsArray());
    }

    private async Task<JsonNode> SingleErrorAsync(string query)
    {
        var answer = await reference.App.PostAsync(query);
        return Assert.Single(answer["errors"]!.AsArray())!;
    }
}
