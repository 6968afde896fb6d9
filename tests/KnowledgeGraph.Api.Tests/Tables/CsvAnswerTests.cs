using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Tests.Tables;

/// <summary>
/// Any answer as CSV with <c>Accept: text/csv</c>, on the reference seed: the rows, dotted columns and joined lists
/// read back by Python's csv module are compared with the JSON answer of the same query.
/// </summary>
public sealed class CsvAnswerTests(TablesApp app) : IClassFixture<TablesApp>
{
    private const string Alliances = """
        { alliances(first: 40, order: [{ name: ASC }]) {
            totalCount
            edges { cursor node { id name startYear territories { nodes { name } } participants(order: [{ name: ASC }]) { nodes { name kind } } } } } }
        """;

    [Fact]
    public async Task A_post_answers_the_first_list_as_rows_with_dotted_columns_and_joined_lists()
    {
        var json = (await app.DataAsync(Alliances))["alliances"]!["edges"]!.AsArray();

        var csv = await TablesApp.ReadCsvAsync(await app.PostAsync(Alliances, TablesApp.Csv));

        Assert.DoesNotContain("totalCount", csv.Header);
        Assert.Equal(["cursor", "node.id", "node.name", "node.startYear"], csv.Header.Take(4));
        Assert.Contains("node.territories.nodes.name", csv.Header);
        Assert.Equal(["node.participants.nodes.name", "node.participants.nodes.kind"],
            csv.Header.Where(column => column.StartsWith("node.participants.", StringComparison.Ordinal)));
        Assert.Equal(json.Count, csv.Rows.Count);
        for (var i = 0; i < json.Count; i++)
        {
            var node = json[i]!["node"]!;
            var row = csv.Rows[i];
            Assert.Equal((string)json[i]!["cursor"]!, row["cursor"]);
            Assert.Equal((string)node["name"]!, row["node.name"]);
            Assert.Equal(node["startYear"]?.ToString() ?? "", row["node.startYear"]);
            Assert.Equal(Joined(node["territories"]!["nodes"]!, "name"), row["node.territories.nodes.name"]);
            Assert.Equal(Joined(node["participants"]!["nodes"]!, "name"), row["node.participants.nodes.name"]);
            Assert.Equal(Joined(node["participants"]!["nodes"]!, "kind"), row["node.participants.nodes.kind"]);
        }
        Assert.Contains(csv.Rows, row => row["node.participants.nodes.name"].Contains(" | ", StringComparison.Ordinal));
        Assert.Contains(csv.Rows, row => row["node.name"].Any(c => c > 127));
    }

    [Fact]
    public async Task A_get_answers_csv_too_and_a_list_of_scalars_is_joined()
    {
        const string query = "{ alliances(first: 30, order: [{ name: ASC }], where: { objectives: { includesAny: [HYBRIDISE_ECONOMIC_MODEL] } }) { nodes { name objectives } } }";
        var json = (await app.DataAsync(query))["alliances"]!["nodes"]!.AsArray();

        var csv = await TablesApp.ReadCsvAsync(await app.GetAsync(query, TablesApp.Csv));

        Assert.Equal(["name", "objectives"], csv.Header);
        Assert.NotEmpty(json);
        Assert.Equal(json.Select(node => string.Join(" | ", node!["objectives"]!.AsArray().Select(o => (string)o!))),
            csv.Rows.Select(row => row["objectives"]));
    }

    [Theory]
    [InlineData("text/csv; separator=semicolon", "")]
    [InlineData("text/csv", "&separator=semicolon")]
    [InlineData("text/csv; separator=comma", "&separator=SEMICOLON")]
    public async Task A_semicolon_separator_writes_decimal_commas(string accept, string parameter)
    {
        const string query = "{ centrality(measure: PAGE_RANK, top: 10) { rank name score } }";
        var json = (await app.DataAsync(query))["centrality"]!.AsArray();

        var csv = await TablesApp.ReadCsvAsync(await app.GetAsync(query, accept, parameter), ';');

        Assert.Equal(["rank", "name", "score"], csv.Header);
        Assert.Equal(json.Select(s => (string)s!["name"]!), csv.Rows.Select(row => row["name"]));
        foreach (var (score, row) in json.Zip(csv.Rows))
        {
            Assert.Contains(",", row["score"], StringComparison.Ordinal);
            Assert.DoesNotContain(".", row["score"], StringComparison.Ordinal);
            Assert.Equal((double)score!["score"]!, double.Parse(row["score"], NumberStyles.Float, new NumberFormatInfo { NumberDecimalSeparator = "," }), 12);
        }
    }

    [Fact]
    public async Task Without_a_list_the_data_is_one_row()
    {
        const string query = """{ region: node(id: "REG-76") { id ... on Territory { name level } } }""";

        var csv = await TablesApp.ReadCsvAsync(await app.PostAsync(query, TablesApp.Csv));

        Assert.Equal(["region.id", "region.name", "region.level"], csv.Header);
        var row = Assert.Single(csv.Rows);
        Assert.Equal(("REG-76", "Occitanie", "REGION"), (row["region.id"], row["region.name"], row["region.level"]));
    }

    [Theory]
    [InlineData("text/csv", true)]
    [InlineData("text/csv, application/json", true)]
    [InlineData("application/json;q=0.5, text/csv", true)]
    [InlineData("*/*", false)]
    [InlineData("application/json, text/csv", false)]
    [InlineData("application/graphql-response+json, text/csv;q=0.9", false)]
    public async Task Csv_is_answered_only_when_text_csv_ranks_first(string accept, bool csv)
    {
        using var response = await app.PostAsync("{ sdgs(first: 2) { nodes { id } } }", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(csv, response.Content.Headers.ContentType?.MediaType == TablesApp.Csv);
    }

    [Fact]
    public async Task An_invalid_query_is_the_usual_json_error_with_its_status()
    {
        using var response = await app.PostAsync("{ alliances { nodes { nom } } }", TablesApp.Csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLMediaTypes.GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotEmpty((string)json["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task An_unknown_separator_is_an_invalid_argument_with_a_suggestion()
    {
        using var response = await app.GetAsync("{ sdgs { nodes { id } } }", TablesApp.Csv, "&separator=semicolom");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("INVALID_ARGUMENT", (string)error["extensions"]!["code"]!);
        Assert.Equal("semicolon", (string)error["extensions"]!["suggestions"]![0]!);
        Assert.EndsWith("Did you mean \"semicolon\"?", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_with_data_and_errors_is_the_csv_of_the_data_with_the_error_count()
    {
        const string query = """{ sdgs(first: 3, order: [{ number: ASC }]) { nodes { id name } } shortestPath(from: "REG-76", to: "NO-SUCH-NODE") { length } }""";

        using var response = await app.PostAsync(query, TablesApp.Csv);
        var csv = await TablesApp.ReadCsvAsync(response);

        Assert.Equal("1", Assert.Single(response.Headers.GetValues("KG-Errors")));
        Assert.Equal(["SDG-1", "SDG-2", "SDG-3"], csv.Rows.Select(row => row["id"]));
    }

    [Fact]
    public async Task A_csv_answer_has_its_own_etag_and_never_takes_the_place_of_the_json_answer()
    {
        const string query = "{ domains(first: 5, order: [{ name: ASC }]) { nodes { id name } } }";
        using var json = await app.GetAsync(query, GraphQLMediaTypes.GraphQLResponse);
        using var csv = await app.GetAsync(query, TablesApp.Csv);
        using var semicolon = await app.GetAsync(query, TablesApp.Csv, "&separator=semicolon");
        using var jsonAgain = await app.GetAsync(query, GraphQLMediaTypes.GraphQLResponse);

        Assert.Equal(GraphQLMediaTypes.GraphQLResponse, jsonAgain.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await json.Content.ReadAsStringAsync(), await jsonAgain.Content.ReadAsStringAsync());
        Assert.Equal(json.Headers.ETag, jsonAgain.Headers.ETag);
        Assert.Contains("Accept", csv.Headers.Vary);
        Assert.NotNull(csv.Headers.CacheControl);
        var tags = new[] { json.Headers.ETag, csv.Headers.ETag, semicolon.Headers.ETag };
        Assert.All(tags, Assert.NotNull);
        Assert.Equal(3, tags.Select(tag => tag!.Tag).Distinct().Count());

        using var csvRevalidated = await app.GetAsync(query, TablesApp.Csv, ifNoneMatch: csv.Headers.ETag);
        using var csvWithJsonTag = await app.GetAsync(query, TablesApp.Csv, ifNoneMatch: json.Headers.ETag);
        using var jsonWithCsvTag = await app.GetAsync(query, GraphQLMediaTypes.GraphQLResponse, ifNoneMatch: csv.Headers.ETag);
        using var jsonRevalidated = await app.GetAsync(query, GraphQLMediaTypes.GraphQLResponse, ifNoneMatch: json.Headers.ETag);

        Assert.Equal(HttpStatusCode.NotModified, csvRevalidated.StatusCode);
        Assert.Equal(csv.Headers.ETag, csvRevalidated.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, csvWithJsonTag.StatusCode);
        Assert.Equal(await csv.Content.ReadAsByteArrayAsync(), await csvWithJsonTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, jsonWithCsvTag.StatusCode);
        Assert.Equal(GraphQLMediaTypes.GraphQLResponse, jsonWithCsvTag.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotModified, jsonRevalidated.StatusCode);
    }

    private static string Joined(JsonNode list, string field) =>
        string.Join(" | ", list.AsArray().Select(item => item![field]?.ToString() ?? ""));
}
