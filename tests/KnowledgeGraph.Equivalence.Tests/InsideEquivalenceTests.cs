namespace KnowledgeGraph.Equivalence.Tests;

/// <summary>A territory's relationships read <c>inside: true</c> give the same answer on both stores, byte for byte.</summary>
[Collection(TwoStoresCollection.Name)]
public sealed class InsideEquivalenceTests(TwoStores stores)
{
    private const string Page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name } }";

    public static TheoryData<string, string> Operations => new()
    {
        { "Martinique, direct and inside", """{ node(id: "REG-02") { ... on Territory { direct: alliances { totalCount nodes { id } } inside: alliances(inside: true) { totalCount nodes { id name } } actors(inside: true, first: 5) { totalCount nodes { id } } catalysts(inside: true) { totalCount nodes { id } } networks(inside: true) { totalCount nodes { id } } findings(inside: true) { totalCount nodes { id } } } } }""" },
        { "regions, counted inside", """{ territories(where: { level: { eq: REGION } }, order: [{ name: ASC }]) { nodes { id alliances(inside: true, first: 0) { totalCount } actors(inside: true, first: 0) { totalCount } catalysts(inside: true, first: 0) { totalCount } } } }""" },
        { "departments of Occitanie, inside with where and order", """{ territories(where: { level: { eq: DEPARTMENT }, parent: { some: { id: { eq: "REG-76" } } } }, order: [{ id: ASC }]) { nodes { id alliances(inside: true, where: { category: { in: [SOCIETAL_INNOVATION, PATRONAGE] } }, order: [{ startYear: DESC }, { name: ASC }], first: 3) { totalCount nodes { id startYear } } } } }""" },
        { "France inside, paged", $$"""{ node(id: "FR") { ... on Territory { alliances(inside: true, order: [{ name: ASC }], first: 7) { {{Page}} } actors(inside: true, last: 4, order: [{ size: DESC }]) { {{Page}} } } } }""" },
        { "inside, nested under inside", """{ node(id: "REG-76") { ... on Territory { alliances(inside: true, first: 3) { totalCount pageInfo { hasNextPage } nodes { id territories { nodes { id actors(inside: true, first: 2) { totalCount nodes { id } } } } } } } } }""" },
        { "inside with an aggregate", """{ node(id: "REG-84") { ... on Territory { actors(inside: true, first: 0) { totalCount aggregate { kind { value count } } } } } }""" },
    };

    [Fact]
    public async Task Paging_inside_with_a_cursor_goes_both_ways()
    {
        const string first = """{ node(id: "REG-76") { ... on Territory { alliances(inside: true, first: 5, order: [{ name: DESC }]) { pageInfo { endCursor } } } } }""";
        var (embeddedFirst, neo4jFirst) = await stores.AskBothAsync(first);
        Assert.Equal(embeddedFirst, neo4jFirst);
        var cursor = System.Text.Json.Nodes.JsonNode.Parse(embeddedFirst[4..])!["data"]!["node"]!["alliances"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        foreach (var page in new[] { $"first: 4, after: \"{cursor}\"", $"last: 3, before: \"{cursor}\"" })
        {
            var query = $$"""{ node(id: "REG-76") { ... on Territory { alliances(inside: true, {{page}}, order: [{ name: DESC }]) { {{Page}} } } } }""";
            var (embedded, neo4j) = await stores.AskBothAsync(query);
            Assert.True(embedded == neo4j, $"the stores differ.\nquery: {query}\nembedded: {embedded}\nneo4j:    {neo4j}");
            Assert.DoesNotContain("\"errors\"", embedded);
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Both_stores_give_the_same_answer(string name, string query)
    {
        var (embedded, neo4j) = await stores.AskBothAsync(query);

        Assert.True(embedded == neo4j, $"{name}: the stores differ.\nquery: {query}\nembedded: {embedded}\nneo4j:    {neo4j}");
        Assert.StartsWith("200 ", embedded);
        Assert.DoesNotContain("\"errors\"", embedded);
        Assert.True(embedded.Length > 60, $"{name}: {embedded}");
    }
}
