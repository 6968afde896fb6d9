using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using KnowledgeGraph.Api.Tests.Analytics;

namespace KnowledgeGraph.Api.Tests.Exports;

[Collection(AnalyticsCollection.Name)]
public sealed class ExportEndpointTests(AnalyticsStores stores)
{
    private const string Gexf = "{http://www.gexf.net/1.2draft}";
    private const string GraphMl = "{http://graphml.graphdrawing.org/xmlns}";

    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task Co_participation_of_a_region_as_gexf_is_a_weighted_undirected_download(string store)
    {
        var app = await stores.AppAsync(store);

        using var response = await app.Client.GetAsync("/export/co-participation.gexf?within=REG-76");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/gexf+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("co-participation-REG-76.gexf", response.Content.Headers.ContentDisposition.FileName);
        var gexf = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("undirected", gexf.Descendants(Gexf + "graph").Single().Attribute("defaultedgetype")!.Value);
        Assert.Equal(["ACT-X-ASSO1", "ACT-X-COMP1", "ACT-X-FOUND1"], gexf.Descendants(Gexf + "node").Select(n => n.Attribute("id")!.Value));
        Assert.Equal(["1", "1", "2"], gexf.Descendants(Gexf + "edge").Select(e => e.Attribute("weight")!.Value).Order());
    }

    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task A_neighborhood_exports_as_graphml_and_cytoscape_json_with_the_same_elements(string store)
    {
        var app = await stores.AppAsync(store);

        using var graphMlResponse = await app.Client.GetAsync("/export/neighborhood.graphml?ids=ALL-X-1&depth=1");
        using var cytoscapeResponse = await app.Client.GetAsync("/export/neighborhood.cyjs.json?ids=ALL-X-1&relationshipTypes=PARTICIPATES_IN&relationshipTypes=LOCATED_IN");

        Assert.Equal(HttpStatusCode.OK, graphMlResponse.StatusCode);
        Assert.Equal("neighborhood-ALL-X-1.graphml", graphMlResponse.Content.Headers.ContentDisposition!.FileName);
        var graphMl = XDocument.Parse(await graphMlResponse.Content.ReadAsStringAsync());
        Assert.Equal(["ACT-X-ASSO1", "ACT-X-COMP1", "ACT-X-FOUND1", "ALL-X-1", "DEP-34"],
            graphMl.Descendants(GraphMl + "node").Select(n => n.Attribute("id")!.Value).Order());
        Assert.Equal(5, graphMl.Descendants(GraphMl + "edge").Count());

        Assert.Equal(HttpStatusCode.OK, cytoscapeResponse.StatusCode);
        Assert.Equal("application/json", cytoscapeResponse.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await cytoscapeResponse.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("directed").GetBoolean());
        var elements = json.RootElement.GetProperty("elements");
        Assert.Equal(5, elements.GetProperty("nodes").GetArrayLength());
        // Only the followed types: the BASED_IN between ASSO1 and DEP-34 is left out.
        Assert.Equal(["LOCATED_IN", "PARTICIPATES_IN", "PARTICIPATES_IN", "PARTICIPATES_IN"],
            elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("type").GetString()).Order());
    }

    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task The_whole_graph_exports_as_csv_node_and_edge_lists(string store)
    {
        var app = await stores.AppAsync(store);

        var nodes = (await app.Client.GetStringAsync("/export/graph.nodes.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var edgesResponse = await app.Client.GetAsync("/export/graph.edges.csv");
        var edges = (await edgesResponse.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("id,label,name,", nodes[0]);
        Assert.Contains(nodes, line => line.StartsWith("ACT-X-FOUND1,Actor,Fondation Lumière,", StringComparison.Ordinal));
        Assert.Equal("text/csv", edgesResponse.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("id,source,target,type", edges[0]);
        Assert.Contains(edges, line => line.StartsWith("ACT-X-COMP1-PARTICIPATES_IN-ALL-X-1,ACT-X-COMP1,ALL-X-1,PARTICIPATES_IN", StringComparison.Ordinal));
        // Each row of the node list is a node, each of the edge list a relationship: the counts match the GraphQL answer.
        var counts = await app.DataAsync("{ territories { totalCount } actors { totalCount } alliances { totalCount } }");
        Assert.Equal((int)counts["territories"]!["totalCount"]! + (int)counts["actors"]!["totalCount"]! + (int)counts["alliances"]!["totalCount"]!, nodes.Length - 1);
    }

    [Theory]
    [InlineData("/export/neighborhood.gexf", 400, "INVALID_ARGUMENT")]
    [InlineData("/export/neighborhood.gexf?ids=ACT-NOPE", 400, "UNKNOWN_ID")]
    [InlineData("/export/neighborhood.gexf?ids=ALL-X-1&depth=two", 400, "INVALID_ARGUMENT")]
    [InlineData("/export/neighborhood.gexf?ids=ALL-X-1&depth=9", 400, "INVALID_ARGUMENT")]
    [InlineData("/export/co-participation.graphml?within=REG-99", 400, "UNKNOWN_TERRITORY")]
    [InlineData("/export/co-participation.graphml?categories=BAKING", 400, "INVALID_ARGUMENT")]
    [InlineData("/export/co-participation.graphml?category=PATRONAGE", 400, "UNKNOWN_ARGUMENT")]
    [InlineData("/export/graph.graphml?version=1.3", 400, "UNKNOWN_ARGUMENT")]
    [InlineData("/export/graph.gexf?version=2", 400, "INVALID_ARGUMENT")]
    [InlineData("/export/graph.gexf?dynamic=yes", 400, "INVALID_ARGUMENT")]
    [InlineData("/export/graph.gexf?labels=PERSON", 400, "INVALID_ARGUMENT")]
    [InlineData("/export/neighborhood.gexf?ids=ALL-X-1&depth=1&depth=2", 400, "INVALID_ARGUMENT")]
    [InlineData("/export/co-participation.gexf?fromYear=2022&toYear=2020", 400, "INVALID_ARGUMENT")]
    [InlineData("/export/graph.pdf", 404, "UNKNOWN_EXPORT")]
    public async Task Bad_requests_answer_a_json_error_with_a_code(string url, int status, string code)
    {
        var app = await stores.AppAsync(AnalyticsStores.Embedded);

        using var response = await app.Client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task An_unknown_parameter_is_named_with_the_one_meant_and_the_list_of_those_taken()
    {
        var app = await stores.AppAsync(AnalyticsStores.Embedded);

        using var response = await app.Client.GetAsync("/export/co-participation.gexf?category=PATRONAGE");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains("'category'", message);
        Assert.Contains("did you mean 'categories'", message);
        Assert.Contains("within, categories, domains, sdgs, fromYear, toYear, actorKinds, roles, measures, version, dynamic", message);
    }

    [Fact]
    public async Task Actor_kinds_and_roles_restrict_the_co_participation_export_as_in_graphql()
    {
        var app = await stores.AppAsync(AnalyticsStores.Embedded);
        var data = await app.DataAsync("""
            { coParticipation(filter: { actorKinds: [COMPANY, ASSOCIATION], roles: [INITIATOR, PARTNER, OPERATOR] }) { graph { nodes { id } } } }
            """);
        var expected = data["coParticipation"]!["graph"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).Order(StringComparer.Ordinal).ToList();

        var csv = await app.Client.GetStringAsync("/export/co-participation.nodes.csv?actorKinds=COMPANY,ASSOCIATION&roles=INITIATOR&roles=PARTNER,OPERATOR");
        var ids = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0].Trim('\uFEFF', '"', '\r'))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, ids);
        using var bad = await app.Client.GetAsync("/export/co-participation.gexf?actorKinds=FONDATION");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AnalyticsStores.Both), MemberType = typeof(AnalyticsStores))]
    public async Task Filters_are_those_of_graphql_on_the_co_participation_and_the_whole_graph(string store)
    {
        var app = await stores.AppAsync(store);
        var answer = await app.DataAsync("""
            { all: coParticipation { actorCount linkCount } patronage: coParticipation(filter: { categories: [PATRONAGE] }) { actorCount linkCount } }
            """);

        using var patronage = JsonDocument.Parse(await app.Client.GetStringAsync("/export/co-participation.cyjs.json?categories=PATRONAGE"));
        var elements = patronage.RootElement.GetProperty("elements");
        Assert.False(patronage.RootElement.GetProperty("directed").GetBoolean());
        Assert.Equal((int)answer["patronage"]!["actorCount"]!, elements.GetProperty("nodes").GetArrayLength());
        Assert.Equal((int)answer["patronage"]!["linkCount"]!, elements.GetProperty("edges").GetArrayLength());
        Assert.NotEqual((int)answer["all"]!["actorCount"]!, (int)answer["patronage"]!["actorCount"]!);

        // The whole graph: only alliances of the category stay; other labels are kept.
        var whole = (await app.Client.GetStringAsync("/export/graph.nodes.csv?labels=ALLIANCE&categories=PATRONAGE"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["ALL-X-3"], whole.Skip(1).Select(line => line.Split(',')[0]));
        var actors = (await app.Client.GetStringAsync("/export/graph.nodes.csv?labels=ACTOR&within=REG-76"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0]).Order();
        Assert.Equal(["ACT-X-ASSO1", "ACT-X-COMP1"], actors);
    }
}
