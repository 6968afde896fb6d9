using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// A territory's relationships read <c>inside: true</c> (the territory and everything inside it) on the reference
/// seed. The oracle is an existing, independent query: the collection filtered on the other end with <c>within</c>
/// (<c>alliances(where: { territories: { some: { within: "REG-02" } } })</c>), which the direct field never matched.
/// </summary>
public sealed class InsideTerritoryTests(InsideTerritoryTests.App app) : IClassFixture<InsideTerritoryTests.App>
{
    /// <summary>Each field that points at a territory: the Territory field, the collection, and the collection's field back to territories.</summary>
    private static readonly (string Field, string Collection, string Back)[] Fields =
    [
        ("alliances", "alliances", "territories"),
        ("actors", "actors", "territories"),
        ("catalysts", "catalysts", "territories"),
        ("networks", "networks", "territories"),
        ("findings", "findings", "aboutTerritories"),
    ];

    private const string Levels = "COUNTRY REGION DEPARTMENT EPCI COMMUNE";

    [Fact]
    public async Task Inside_equals_the_within_filter_on_the_other_end_for_territories_of_every_level()
    {
        var territories = await SampleTerritoriesAsync();
        Assert.Contains("REG-02", territories);
        var nonEmpty = 0;

        foreach (var id in territories)
        {
            var inside = string.Join(" ", Fields.Select(f => $"{f.Field}(inside: true, first: 1000) {{ totalCount nodes {{ id }} }}"));
            var oracle = string.Join(" ", Fields.Select(f =>
                $"o_{f.Field}: {f.Collection}(where: {{ {f.Back}: {{ some: {{ within: \"{id}\" }} }} }}, first: 1000) {{ totalCount nodes {{ id }} }}"));
            var data = await DataAsync($$"""{ node(id: "{{id}}") { ... on Territory { {{inside}} } } {{oracle}} }""");

            foreach (var (field, _, _) in Fields)
            {
                var got = data["node"]![field]!;
                var expected = data["o_" + field]!;
                Assert.True(Ids(expected).SequenceEqual(Ids(got)), $"{id}.{field}(inside: true): {got.ToJsonString()}\nexpected {expected.ToJsonString()}");
                Assert.Equal((int)expected["totalCount"]!, (int)got["totalCount"]!);
                Assert.Equal(Ids(got).Count, Ids(got).Distinct().Count());
                nonEmpty += (int)got["totalCount"]! > 0 ? 1 : 0;
            }
        }

        Assert.True(nonEmpty > territories.Count, "most of the sampled territories should hold something inside");
    }

    [Fact]
    public async Task Martinique_counts_the_alliances_of_its_communes_once_each_and_the_direct_field_keeps_its_meaning()
    {
        var data = await DataAsync("""
            {
              node(id: "REG-02") { ... on Territory {
                direct: alliances { totalCount nodes { id } }
                notInside: alliances(inside: false) { totalCount nodes { id } }
                inside: alliances(inside: true) { totalCount }
              } }
              located: alliances(where: { territories: { some: { id: { eq: "REG-02" } } } }) { totalCount nodes { id } }
              within: alliances(where: { territories: { some: { within: "REG-02" } } }) { totalCount }
              severalPlaces: alliances(where: { territoriesCount: { gte: 2 } }) { totalCount }
              fr: node(id: "FR") { ... on Territory { alliances(inside: true) { totalCount } } }
              everywhere: alliances(where: { territories: { some: { within: "FR" } } }) { totalCount }
            }
            """);

        var martinique = data["node"]!;
        Assert.Equal(data["located"]!.ToJsonString(), martinique["direct"]!.ToJsonString());
        Assert.Equal(martinique["direct"]!.ToJsonString(), martinique["notInside"]!.ToJsonString());
        Assert.Equal((int)data["within"]!["totalCount"]!, (int)martinique["inside"]!["totalCount"]!);
        Assert.True((int)martinique["inside"]!["totalCount"]! > (int)martinique["direct"]!["totalCount"]!, data.ToJsonString());
        // Some alliances are located in several territories: inside France each still counts once.
        Assert.True((int)data["severalPlaces"]!["totalCount"]! > 0);
        Assert.Equal((int)data["everywhere"]!["totalCount"]!, (int)data["fr"]!["alliances"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("REG-76", "alliances", "territories", "category: { in: [SOCIETAL_INNOVATION, PATRONAGE] }", "{ name: ASC }")]
    [InlineData("REG-84", "actors", "territories", "kind: { eq: COMPANY }", "{ size: DESC }, { name: ASC }")]
    [InlineData("FR", "catalysts", "territories", "name: { contains: \"a\" }", "{ name: DESC }")]
    [InlineData("REG-02", "actors", "territories", "kind: { neq: COMPANY }", "{ name: ASC }")]
    public async Task Where_order_and_paging_work_as_on_the_collection(string territory, string field, string back, string where, string order)
    {
        var inside = await WalkAsync((size, after) =>
            $$"""{ node(id: "{{territory}}") { ... on Territory { {{field}}(inside: true, where: { {{where}} }, order: [{{order}}], first: {{size}}{{after}}) { {{PageSelection}} } } } }""",
            data => data["node"]![field]!);
        var oracle = await WalkAsync((size, after) =>
            $$"""{ {{field}}(where: { {{where}}, {{back}}: { some: { within: "{{territory}}" } } }, order: [{{order}}], first: {{size}}{{after}}) { {{PageSelection}} } }""",
            data => data[field]!);

        Assert.True(oracle.Pages.Count > 1, $"{territory} {field}: the walk should take several pages");
        Assert.Equal(oracle.Pages, inside.Pages);
        Assert.Equal(oracle.Totals, inside.Totals);

        // Backwards from the end: the last page.
        var last = await DataAsync($$"""
            {
              node(id: "{{territory}}") { ... on Territory { {{field}}(inside: true, where: { {{where}} }, order: [{{order}}], last: 2) { nodes { id } pageInfo { hasPreviousPage } } } }
              oracle: {{field}}(where: { {{where}}, {{back}}: { some: { within: "{{territory}}" } } }, order: [{{order}}], last: 2) { nodes { id } pageInfo { hasPreviousPage } }
            }
            """);
        Assert.Equal(last["oracle"]!.ToJsonString(), last["node"]![field]!.ToJsonString());
        Assert.True((bool)last["node"]![field]!["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task Inside_reads_under_nested_territories_and_takes_variables()
    {
        const string query = """
            query ($inside: Boolean) {
              territories(where: { level: { eq: REGION } }, order: [{ name: ASC }], first: 30) {
                nodes { id alliances(inside: $inside, first: 0) { totalCount } }
              }
            }
            """;
        var inside = await DataAsync(query, new JsonObject { ["inside"] = true });
        var direct = await DataAsync(query, new JsonObject { ["inside"] = false });

        var regions = inside["territories"]!["nodes"]!.AsArray();
        Assert.True(regions.Count > 10);
        var oracle = await DataAsync("{ " + string.Join(" ", regions.Select((r, i) =>
            $"r{i}: alliances(where: {{ territories: {{ some: {{ within: \"{r!["id"]}\" }} }} }}) {{ totalCount }}")) + " }");
        for (var i = 0; i < regions.Count; i++)
        {
            Assert.Equal((int)oracle[$"r{i}"]!["totalCount"]!, (int)regions[i]!["alliances"]!["totalCount"]!);
            Assert.True((int)regions[i]!["alliances"]!["totalCount"]! >= (int)direct["territories"]!["nodes"]![i]!["alliances"]!["totalCount"]!);
        }
    }

    [Fact]
    public async Task Only_the_fields_that_point_at_a_territory_take_inside_and_their_descriptions_say_which_is_which()
    {
        var data = await DataAsync("""
            {
              territory: __type(name: "Territory") { fields { name description args { name description defaultValue type { name } } } }
              alliance: __type(name: "Alliance") { fields { name args { name } } }
            }
            """);

        var fields = data["territory"]!["fields"]!.AsArray().ToDictionary(f => (string)f!["name"]!, f => f!);
        foreach (var (field, _, _) in Fields)
        {
            var description = (string)fields[field]["description"]!;
            var parts = description.Split("\n\n");
            Assert.Equal(2, parts.Length);
            Assert.StartsWith("Seulement ", parts[0], StringComparison.Ordinal);
            Assert.StartsWith("Only ", parts[1], StringComparison.Ordinal);
            Assert.All(parts, p => Assert.Contains($"`{field}(inside: true)`", p, StringComparison.Ordinal));
            var argument = fields[field]["args"]!.AsArray().Single(a => (string)a!["name"]! == "inside")!;
            Assert.Equal("Boolean", (string)argument["type"]!["name"]!);
            Assert.Equal("false", (string)argument["defaultValue"]!);
            Assert.Equal(2, ((string)argument["description"]!).Split("\n\n").Length);
        }

        Assert.DoesNotContain(fields["children"]["args"]!.AsArray(), a => (string)a!["name"]! == "inside");
        Assert.All(data["alliance"]!["fields"]!.AsArray(), f => Assert.DoesNotContain(f!["args"]!.AsArray(), a => (string)a!["name"]! == "inside"));

        var refused = await AskAsync("""{ node(id: "REG-76") { ... on Territory { children(inside: true) { totalCount } } } }""");
        Assert.Contains("inside", refused["errors"]![0]!["message"]!.ToString(), StringComparison.Ordinal);
    }

    private const string PageSelection = "totalCount pageInfo { hasNextPage endCursor } nodes { id }";

    /// <summary>Pages of 4 from the start to the end, following endCursor: the ids of each page and the totals seen.</summary>
    private async Task<(List<List<string>> Pages, List<int> Totals)> WalkAsync(Func<int, string, string> query, Func<JsonNode, JsonNode> connection)
    {
        var pages = new List<List<string>>();
        var totals = new List<int>();
        var after = string.Empty;
        for (var guard = 0; guard < 40; guard++)
        {
            var page = connection(await DataAsync(query(4, after)));
            pages.Add(Ids(page));
            totals.Add((int)page["totalCount"]!);
            if (!(bool)page["pageInfo"]!["hasNextPage"]! || guard == 5)
            {
                break;
            }

            after = $", after: \"{page["pageInfo"]!["endCursor"]}\"";
        }

        return (pages, totals);
    }

    /// <summary>REG-02 (Martinique), REG-76, and per level the first two by id and the two with most territories directly inside.</summary>
    private async Task<List<string>> SampleTerritoriesAsync()
    {
        var query = "{ " + string.Join(" ", Levels.Split(' ').SelectMany(level => new[]
        {
            $"{level}_byId: territories(where: {{ level: {{ eq: {level} }} }}, first: 2) {{ nodes {{ id }} }}",
            $"{level}_big: territories(where: {{ level: {{ eq: {level} }} }}, order: [{{ childrenCount: DESC }}, {{ alliancesCount: DESC }}], first: 2) {{ nodes {{ id }} }}",
        })) + " }";
        var data = await DataAsync(query);
        return ["REG-02", "REG-76", .. data.AsObject().SelectMany(pair => Ids(pair.Value!)).Distinct().Except(["REG-02", "REG-76"])];
    }

    private static List<string> Ids(JsonNode connection) =>
        [.. connection["nodes"]!.AsArray().Select(n => (string)n!["id"]!)];

    private async Task<JsonNode> DataAsync(string query, JsonObject? variables = null)
    {
        var answer = await AskAsync(query, variables);
        Assert.True(answer["errors"] is null, $"{query}\n{answer.ToJsonString()}");
        return answer["data"]!;
    }

    private async Task<JsonNode> AskAsync(string query, JsonObject? variables = null)
    {
        using var content = new StringContent(new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString(), Encoding.UTF8, GraphQLMediaTypes.Json);
        var response = await app.CreateClient().PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, text);
        return JsonNode.Parse(text)!;
    }

    /// <summary>The real app on the repository's reference seed (curated + synthetic).</summary>
    public sealed class App : KnowledgeGraphAppFactory;
}
