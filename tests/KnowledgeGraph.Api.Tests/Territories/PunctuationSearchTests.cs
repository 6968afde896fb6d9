namespace KnowledgeGraph.Api.Tests.Territories;

/// <summary>
/// Search and string filters ignore punctuation (issue 15): the oracle is the same query written with the stored
/// spelling (hyphens, accents, typographic apostrophe).
/// </summary>
public sealed class PunctuationSearchTests(ReferenceApp reference) : IClassFixture<ReferenceApp>
{
    [Theory]
    [InlineData("hauts de france", "Hauts-de-France", "REG-32")]
    [InlineData("saint etienne", "Saint-Étienne", "COM-42218")]
    [InlineData("ile de france", "Île-de-France", "REG-11")]
    [InlineData("l'Hérault", "l’Hérault", null)]
    public async Task Search_finds_the_stored_spelling(string typed, string stored, string? expectedFirst)
    {
        const string query = """{ search(text: "%", first: 20) { score node { id } } }""";
        var byTyped = await reference.App.DataAsync(query.Replace("%", typed));
        var byStored = await reference.App.DataAsync(query.Replace("%", stored));
        Assert.Equal(byStored.ToJsonString(), byTyped.ToJsonString());
        if (expectedFirst is not null)
        {
            var first = byTyped["search"]![0]!;
            Assert.Equal(expectedFirst, (string)first["node"]!["id"]!);
            Assert.Equal(4, (int)first["score"]!);
        }
    }

    [Fact]
    public async Task A_typographic_apostrophe_finds_what_the_straight_one_finds()
    {
        var data = await reference.App.DataAsync("""{ search(text: "l’Hérault", first: 50) { node { id } } }""");
        Assert.NotEmpty(data["search"]!.AsArray());
    }

    [Theory]
    [InlineData("eq", "ile de france", "Île-de-France")]
    [InlineData("startsWith", "saint etienne", "Saint-Étienne")]
    [InlineData("contains", "de france", "-de-France")]
    [InlineData("endsWith", "d or", "d'Or")]
    [InlineData("in", "[\"hauts de france\"]", "[\"Hauts-de-France\"]")]
    public async Task String_filters_ignore_punctuation(string op, string typed, string stored)
    {
        static string Query(string op, string value) => op == "in"
            ? $$"""{ territories(where: { name: { in: {{value}} } }, first: 1000) { totalCount nodes { id } } }"""
            : $$"""{ territories(where: { name: { {{op}}: "{{value}}" } }, first: 1000) { totalCount nodes { id } } }""";
        var byTyped = await reference.App.DataAsync(Query(op, typed));
        var byStored = await reference.App.DataAsync(Query(op, stored));
        Assert.True((int)byStored["territories"]!["totalCount"]! > 0);
        Assert.Equal(byStored.ToJsonString(), byTyped.ToJsonString());
    }
}
