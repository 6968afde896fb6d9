using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Tables;

namespace KnowledgeGraph.Api.Tests.Analytics;

/// <summary>
/// <c>allianceCounts(by: [A, B, C])</c>, a cross-tabulation, on the reference seed. The oracle is the store's own
/// filter: every cell must equal the <c>totalCount</c> of <c>alliances(where:)</c> asking for the same combination
/// (a region or department through <c>territories: { some: { within } }</c>, which is how those dimensions place an
/// alliance), and every combination of the grid that is not a row must count no alliance.
/// </summary>
public sealed class CrossTabTests(TablesApp app) : IClassFixture<TablesApp>
{
    private const int AliasesPerRequest = 25;

    [Fact]
    public async Task Every_region_and_category_cell_equals_the_alliances_filtered_by_both()
    {
        var rows = await RowsAsync("allianceCounts(by: [REGION, CATEGORY])", "region", "category");
        var grid = Grid(await RegionsAsync(), await EnumValuesAsync("AllianceCategory"));

        var expected = await OracleAsync(grid, cell => $$"""category: { eq: {{cell[1]}} }, territories: { some: { within: "{{cell[0]}}" } }""");

        AssertSameCells(expected, rows);
        Assert.Contains(rows, r => r.Keys[0] == "REG-11");
        Assert.True(rows.Select(r => r.Keys[0]).Distinct().Count() > 5, "many regions hold alliances");
        AssertOrdered(rows);
    }

    [Fact]
    public async Task Every_department_and_category_cell_equals_the_alliances_filtered_by_both()
    {
        var rows = await RowsAsync("allianceCounts(by: [DEPARTMENT, CATEGORY])", "department", "category");
        var grid = Grid(await TerritoriesAsync("DEPARTMENT"), await EnumValuesAsync("AllianceCategory"));

        var expected = await OracleAsync(grid, cell => $$"""category: { eq: {{cell[1]}} }, territories: { some: { within: "{{cell[0]}}" } }""");

        AssertSameCells(expected, rows);
        Assert.True(rows.Select(r => r.Keys[0]).Distinct().Count() > 30, "many departments hold alliances");
        AssertOrdered(rows);
    }

    [Fact]
    public async Task Rows_carry_labels_and_the_row_fields_of_their_dimensions_only()
    {
        var data = await app.DataAsync("""
            { allianceCounts(by: [CATEGORY, REGION]) { dimension dimensions
                rows { keys { dimension key label } category { key label } region { key label } department { key } count } } }
            """);
        var names = await app.DataAsync("""{ territories(where: { level: { eq: REGION } }, first: 100) { nodes { id name } } }""");
        var regionNames = names["territories"]!["nodes"]!.AsArray().ToDictionary(n => (string)n!["id"]!, n => (string)n!["name"]!);

        var counts = data["allianceCounts"]!;
        Assert.Equal("CATEGORY", (string)counts["dimension"]!);
        Assert.Equal(["CATEGORY", "REGION"], counts["dimensions"]!.AsArray().Select(d => (string)d!));
        foreach (var row in counts["rows"]!.AsArray())
        {
            var keys = row!["keys"]!.AsArray();
            Assert.Equal(["CATEGORY", "REGION"], keys.Select(k => (string)k!["dimension"]!));
            Assert.Equal((string)keys[0]!["key"]!, (string)row["category"]!["key"]!);
            Assert.Equal((string)keys[0]!["key"]!, (string)row["category"]!["label"]!);
            Assert.Equal((string)keys[1]!["key"]!, (string)row["region"]!["key"]!);
            Assert.Equal(regionNames[(string)keys[1]!["key"]!], (string)row["region"]!["label"]!);
            Assert.Null(row["department"]);
        }
    }

    [Fact]
    public async Task One_dimension_keeps_its_buckets_and_gives_the_same_rows()
    {
        var data = await app.DataAsync("""
            { single: allianceCounts(by: REGION) { dimension allianceCount unassigned buckets { key label count } }
              list: allianceCounts(by: [REGION]) { dimensions allianceCount unassigned rows { keys { key label } count } }
              all: alliances { totalCount } }
            """);
        var buckets = data["single"]!["buckets"]!.AsArray();

        Assert.Equal("REGION", (string)data["single"]!["dimension"]!);
        Assert.Equal((int)data["all"]!["totalCount"]!, (int)data["single"]!["allianceCount"]!);
        Assert.Equal(buckets.Select(b => ((string)b!["key"]!, (string)b["label"]!, (int)b["count"]!)),
            data["list"]!["rows"]!.AsArray().Select(r => ((string)r!["keys"]![0]!["key"]!, (string)r["keys"]![0]!["label"]!, (int)r["count"]!)));
        Assert.Equal((int)data["single"]!["unassigned"]!, (int)data["list"]!["unassigned"]!);
        var expected = await OracleAsync([.. (await RegionsAsync()).Select(r => new[] { r })], cell => $$"""territories: { some: { within: "{{cell[0]}}" } }""");
        Assert.Equal(expected.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal),
            buckets.Select(b => new KeyValuePair<string, int>((string)b!["key"]!, (int)b["count"]!)).OrderBy(p => p.Key, StringComparer.Ordinal));
        var unassigned = await app.DataAsync("""
            { alliances(where: { not: { territories: { some: { level: { in: [REGION, DEPARTMENT, COMMUNE] } } } } }) { totalCount } }
            """);
        Assert.Equal((int)unassigned["alliances"]!["totalCount"]!, (int)data["single"]!["unassigned"]!);
    }

    [Fact]
    public async Task A_where_selects_the_alliances_counted()
    {
        const string where = "startYear: { gte: 2018 }, participants: { some: { kind: { eq: COMPANY } } }";
        var rows = await RowsAsync($"allianceCounts(by: [REGION, CATEGORY], where: {{ {where} }})", "region", "category");
        var grid = Grid(await RegionsAsync(), await EnumValuesAsync("AllianceCategory"));

        var expected = await OracleAsync(grid, cell => $$"""{{where}}, category: { eq: {{cell[1]}} }, territories: { some: { within: "{{cell[0]}}" } }""");

        AssertSameCells(expected, rows);
        var all = await RowsAsync("allianceCounts(by: [REGION, CATEGORY])", "region", "category");
        Assert.True(rows.Sum(r => r.Count) < all.Sum(r => r.Count), "the where leaves alliances out");
    }

    [Fact]
    public async Task Three_dimensions_give_every_region_category_and_field_combination()
    {
        var rows = await RowsAsync("allianceCounts(by: [REGION, CATEGORY, DOMAIN])", "region", "category", "domain");
        var domains = await app.DataAsync("{ domains(first: 100) { nodes { id } } }");
        var grid = Grid(await RegionsAsync(), await EnumValuesAsync("AllianceCategory"),
            [.. domains["domains"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!)]);

        var expected = await OracleAsync(grid, cell =>
            $$"""category: { eq: {{cell[1]}} }, territories: { some: { within: "{{cell[0]}}" } }, domains: { some: { id: { eq: "{{cell[2]}}" } } }""");

        AssertSameCells(expected, rows);
        AssertOrdered(rows);
        Assert.True(rows.Count > 20, $"{rows.Count} rows");
    }

    [Fact]
    public async Task Multi_valued_dimensions_count_an_alliance_in_each_combination()
    {
        var data = await app.DataAsync("""
            { allianceCounts(by: [REGION, DOMAIN]) { allianceCount unassigned rows { count } }
              several: alliances(where: { domainsCount: { gte: 2 } }) { totalCount } }
            """);
        var counts = data["allianceCounts"]!;

        Assert.True((int)data["several"]!["totalCount"]! > 0, "some alliances act in several fields");
        Assert.True(counts["rows"]!.AsArray().Sum(r => (int)r!["count"]!) > (int)counts["allianceCount"]! - (int)counts["unassigned"]!,
            "the rows add up to more than the alliances they hold");
    }

    [Theory]
    [InlineData("by: []", "INVALID_ARGUMENT", "one to 3 dimensions (got 0)")]
    [InlineData("by: [REGION, CATEGORY, DOMAIN, SDG]", "INVALID_ARGUMENT", "one to 3 dimensions (got 4)")]
    [InlineData("by: [REGION, CATEGORY, REGION]", "INVALID_ARGUMENT", "names REGION twice")]
    [InlineData("by: [SDG_TARGET, SDG_TARGET], where: { startYear: { gte: 2000 } }", "INVALID_ARGUMENT", "names SDG_TARGET twice")]
    public async Task Bad_dimension_lists_are_invalid_arguments(string arguments, string code, string message)
    {
        var error = await ErrorAsync($"{{ allianceCounts({arguments}) {{ rows {{ count }} }} }}");

        Assert.Equal(code, (string)error["extensions"]!["code"]!);
        Assert.Contains(message, (string)error["message"]!, StringComparison.Ordinal);
        Assert.Equal(["allianceCounts"], error["path"]!.AsArray().Select(p => (string)p!));
    }

    [Fact]
    public async Task An_unknown_dimension_is_a_validation_error()
    {
        var error = await ErrorAsync("{ allianceCounts(by: [REGION, DEPARTEMENT]) { rows { count } } }");

        Assert.Contains("DEPARTEMENT", (string)error["message"]!, StringComparison.Ordinal);
        Assert.NotNull(error["extensions"]?["code"]);
    }

    [Fact]
    public async Task A_cross_tab_as_csv_has_one_line_per_combination_and_a_column_per_dimension()
    {
        const string query = "{ allianceCounts(by: [REGION, CATEGORY]) { rows { region { key label } category { key } count } } }";
        var json = (await app.DataAsync(query))["allianceCounts"]!["rows"]!.AsArray();

        var csv = await TablesApp.ReadCsvAsync(await app.PostAsync(query, TablesApp.Csv));
        var semicolon = await TablesApp.ReadCsvAsync(await app.PostAsync(query, "text/csv; separator=semicolon"), ';');

        Assert.Equal(["region.key", "region.label", "category.key", "count"], csv.Header);
        Assert.Equal(json.Count, csv.Rows.Count);
        Assert.Equal(json.Select(r => $"{(string)r!["region"]!["key"]!};{(string)r["region"]!["label"]!};{(string)r["category"]!["key"]!};{(int)r["count"]!}"),
            csv.Rows.Select(r => $"{r["region.key"]};{r["region.label"]};{r["category.key"]};{r["count"]}"));
        Assert.Equal(csv.Rows.Count, csv.Rows.Select(r => (r["region.key"], r["category.key"])).Distinct().Count());
        Assert.Contains(csv.Rows, r => r["region.label"] == "Île-de-France");
        Assert.Equal(csv.Header, semicolon.Header);
        Assert.Equal(csv.Rows.Select(r => r.Values.ToList()), semicolon.Rows.Select(r => r.Values.ToList()));
    }

    [Fact]
    public async Task By_as_a_variable_is_a_list_and_a_single_value_or_old_single_variable_still_works()
    {
        const string query = "query ($by: [AggregationDimension!]!) { allianceCounts(by: $by) { dimensions rows { count } } }";

        var two = await AskAsync(query, """{ "by": ["CATEGORY", "DEPARTMENT"] }""");
        var one = await AskAsync(query, """{ "by": "CATEGORY" }""");
        var old = await AskAsync("query ($by: AggregationDimension!) { allianceCounts(by: $by) { dimension } }", """{ "by": "CATEGORY" }""");

        Assert.Equal(["CATEGORY", "DEPARTMENT"], two["data"]!["allianceCounts"]!["dimensions"]!.AsArray().Select(d => (string)d!));
        Assert.True(one["data"] is not null, one.ToJsonString());
        Assert.Equal(["CATEGORY"], one["data"]!["allianceCounts"]!["dimensions"]!.AsArray().Select(d => (string)d!));
        // Clients that declared the variable with the old single type keep working: the server coerces it to a list.
        Assert.True(old["errors"] is null, old.ToJsonString());
        Assert.Equal("CATEGORY", (string)old["data"]!["allianceCounts"]!["dimension"]!);
    }

    // Reads the rows of a cross-tab as (keys in the order of the fields, count), through the per-dimension fields.
    private async Task<List<(string[] Keys, int Count)>> RowsAsync(string field, params string[] dimensions)
    {
        var selection = string.Join(' ', dimensions.Select(d => $"{d} {{ key }}"));
        var data = await app.DataAsync($"{{ counts: {field} {{ rows {{ {selection} count }} }} }}");
        return [.. data["counts"]!["rows"]!.AsArray().Select(r =>
            (dimensions.Select(d => (string)r![d]!["key"]!).ToArray(), (int)r!["count"]!))];
    }

    // The count of every cell of the grid by the oracle: alliances(where:) { totalCount }, a batch of aliases a request.
    private async Task<Dictionary<string, int>> OracleAsync(IReadOnlyList<string[]> grid, Func<string[], string> where)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var batch in grid.Chunk(AliasesPerRequest))
        {
            var query = new StringBuilder("{");
            for (var i = 0; i < batch.Length; i++)
                query.Append($" c{i}: alliances(where: {{ {where(batch[i])} }}) {{ totalCount }}");
            var data = await app.DataAsync(query.Append(" }").ToString());
            for (var i = 0; i < batch.Length; i++)
                counts[string.Join('/', batch[i])] = (int)data[$"c{i}"]!["totalCount"]!;
        }

        return counts;
    }

    private static void AssertSameCells(Dictionary<string, int> expected, List<(string[] Keys, int Count)> rows)
    {
        var actual = rows.ToDictionary(r => string.Join('/', r.Keys), r => r.Count, StringComparer.Ordinal);
        Assert.Equal(rows.Count, actual.Count);
        Assert.All(rows, r => Assert.True(r.Count > 0));
        Assert.Equal(
            expected.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal),
            actual.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.True(actual.Count > 3, $"{actual.Count} cells");
    }

    // Largest count first, ties by the keys in the order of the dimensions.
    private static void AssertOrdered(List<(string[] Keys, int Count)> rows)
    {
        var sorted = rows.OrderByDescending(r => r.Count).ThenBy(r => string.Join('\u0001', r.Keys), StringComparer.Ordinal).ToList();
        Assert.Equal(sorted.Select(r => string.Join('/', r.Keys)), rows.Select(r => string.Join('/', r.Keys)));
    }

    private static List<string[]> Grid(params IReadOnlyList<string>[] axes) =>
        axes.Aggregate(new List<string[]> { Array.Empty<string>() },
            (cells, axis) => [.. cells.SelectMany(cell => axis.Select(value => (string[])[.. cell, value]))]);

    private Task<List<string>> RegionsAsync() => TerritoriesAsync("REGION");

    private async Task<List<string>> TerritoriesAsync(string level)
    {
        var data = await app.DataAsync($"{{ territories(where: {{ level: {{ eq: {level} }} }}, first: 1000) {{ nodes {{ id }} }} }}");
        return [.. data["territories"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!)];
    }

    private async Task<List<string>> EnumValuesAsync(string type)
    {
        var data = await app.DataAsync($$"""{ __type(name: "{{type}}") { enumValues { name } } }""");
        return [.. data["__type"]!["enumValues"]!.AsArray().Select(v => (string)v!["name"]!)];
    }

    private async Task<JsonNode> AskAsync(string query, string variables)
    {
        var body = new JsonObject { ["query"] = query, ["variables"] = JsonNode.Parse(variables) };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, GraphQLMediaTypes.Json);
        using var response = await app.CreateClient().PostAsync("/graphql", content);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<JsonNode> ErrorAsync(string query)
    {
        using var response = await app.PostAsync(query, GraphQLMediaTypes.GraphQLResponse);
        var text = await response.Content.ReadAsStringAsync();
        var errors = JsonNode.Parse(text)!["errors"];
        Assert.True(errors is JsonArray { Count: > 0 }, text);
        return errors![0]!;
    }
}
