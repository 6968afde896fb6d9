using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Embedded;

/// <summary>
/// Root filters narrowed by the equality indexes and semi-joins must answer exactly as a scan of every node: the same
/// edges in the same order, cursors, page flags, total count and aggregates, for every order and page shape.
/// </summary>
public sealed class IndexedFiltersTests(IndexedFilterGraph graph) : IClassFixture<IndexedFilterGraph>
{
    private static readonly Dictionary<string, (LabelDef Label, Filter Filter)> Filters = new()
    {
        ["kind eq"] = (Actor, Prop(Actor, "kind", Eq, "COMPANY")),
        ["kind in with null"] = (Actor, Prop(Actor, "kind", In, new object?[] { "COMPANY", "FOUNDATION", null })),
        ["kind in empty"] = (Actor, Prop(Actor, "kind", In, Array.Empty<object?>())),
        ["kind in only null"] = (Actor, Prop(Actor, "kind", In, new object?[] { null })),
        ["kind eq unknown value"] = (Actor, Prop(Actor, "kind", Eq, "NOT_A_KIND")),
        ["size eq"] = (Actor, Prop(Actor, "size", Eq, "MICRO")),
        ["size eq null"] = (Actor, Prop(Actor, "size", Eq, null)),
        ["size neq null and kind eq"] = (Actor, And(Prop(Actor, "size", Neq, null), Prop(Actor, "kind", Eq, "RESEARCH"))),
        ["size neq"] = (Actor, Prop(Actor, "size", Neq, "MICRO")),
        ["size nin"] = (Actor, And(Prop(Actor, "kind", Eq, "COMPANY"), Prop(Actor, "size", Nin, new object?[] { "MICRO", null }))),
        ["kind eq and not size eq"] = (Actor, And(Prop(Actor, "kind", Eq, "COMPANY"), Not(Prop(Actor, "size", Eq, "LARGE")))),
        ["kind or size"] = (Actor, Or(Prop(Actor, "kind", Eq, "COMPANY"), Prop(Actor, "size", Eq, "MICRO"))),
        ["not kind"] = (Actor, Not(Prop(Actor, "kind", Eq, "COMPANY"))),
        ["two ins"] = (Actor, And(Prop(Actor, "kind", In, new object?[] { "COMPANY", "ASSOCIATION" }), Prop(Actor, "size", In, new object?[] { "MICRO", "LARGE" }))),
        ["nested and"] = (Actor, And(Prop(Actor, "kind", Eq, "COMPANY"), And(Prop(Actor, "economicModel", Eq, "SOCIAL_UTILITY"), Prop(Actor, "foundedYear", Gt, 1970L)))),
        ["empty and"] = (Actor, And(Prop(Actor, "kind", Eq, "ASSOCIATION"), And())),
        ["and with empty or"] = (Actor, And(Prop(Actor, "kind", Eq, "ASSOCIATION"), Or())),
        ["id eq"] = (Actor, Prop(Actor, "id", Eq, "ACT-Z007")),
        ["id in mixed labels"] = (Actor, And(Prop(Actor, "id", In, new object?[] { "ACT-Z010", "ALL-Z001", "ACT-0000003", "nope", null, "ACT-Z010" }), Prop(Actor, "kind", Neq, "COMPANY"))),
        ["flagship"] = (Actor, And(Prop(Actor, "kind", Eq, "COMPANY"), Rel(Actor, "alliances", Quantifier.Some, FlagshipAllianceFilter()))),
        ["some alone"] = (Actor, Rel(Actor, "alliances", Quantifier.Some, Prop(Alliance, "category", Eq, "PATRONAGE"))),
        ["some with null phase"] = (Actor, And(Prop(Actor, "size", Eq, null), Rel(Actor, "alliances", Quantifier.Some, And(Prop(Alliance, "category", In, new object?[] { "PATRONAGE", "SOCIETAL_INNOVATION" }), Prop(Alliance, "phase", Eq, null))))),
        ["some of some"] = (Actor, And(Prop(Actor, "kind", Eq, "COMPANY"), Rel(Actor, "alliances", Quantifier.Some, And(Prop(Alliance, "scale", Eq, "REGIONAL"), Rel(Alliance, "participants", Quantifier.Some, Prop(Actor, "kind", Eq, "ASSOCIATION")))))),
        ["all"] = (Actor, And(Prop(Actor, "kind", Eq, "FOUNDATION"), Rel(Actor, "alliances", Quantifier.All, Prop(Alliance, "category", Eq, "PATRONAGE")))),
        ["none"] = (Actor, And(Prop(Actor, "kind", Eq, "FOUNDATION"), Rel(Actor, "alliances", Quantifier.None, Prop(Alliance, "category", Eq, "PATRONAGE")))),
        ["single"] = (Actor, And(Prop(Actor, "kind", Eq, "COMPANY"), Rel(Actor, "alliances", Quantifier.Single, Prop(Alliance, "phase", Eq, "MODELLING")))),
        ["some with edge filter"] = (Actor, And(Prop(Actor, "kind", Eq, "COMPANY"), Rel(Actor, "alliances", Quantifier.Some, Prop(Alliance, "category", Eq, "PATRONAGE"), EdgeProp(Field(Actor, "alliances"), "role", Eq, "FUNDER")))),
        ["not some"] = (Actor, And(Prop(Actor, "kind", Eq, "COMPANY"), Not(Rel(Actor, "alliances", Quantifier.Some, Prop(Alliance, "category", Eq, "PATRONAGE"))))),
        ["or of somes"] = (Actor, Or(Rel(Actor, "alliances", Quantifier.Some, Prop(Alliance, "phase", Eq, "CONCEPTION")), Prop(Actor, "size", Eq, "LARGE"))),
        ["count"] = (Actor, And(Prop(Actor, "kind", Eq, "ASSOCIATION"), Count(Actor, "alliances", Prop(Alliance, "category", Eq, "PATRONAGE"), null, (Gte, 2)))),
        ["alliance root"] = (Alliance, FlagshipAllianceFilter()),
        ["alliance phase nin"] = (Alliance, And(Prop(Alliance, "category", Eq, "PATRONAGE"), Prop(Alliance, "phase", Nin, new object?[] { "CONCEPTION" }))),
        ["territory within"] = (Territory, And(Prop(Territory, "level", Eq, "COMMUNE"), Within("REG-76"))),
        ["territory children"] = (Territory, Rel(Territory, "children", Quantifier.Some, And(Prop(Territory, "level", Eq, "DEPARTMENT"), Prop(Territory, "id", In, new object?[] { "DEP-34", "DEP-75", "DEP-2A" })))),
        ["based within"] = (Actor, And(Prop(Actor, "kind", In, new object?[] { "COMPANY", "FOUNDATION" }), Rel(Actor, "territories", Quantifier.Some, Within("REG-76", "DEP-75")))),
        ["based within alone"] = (Actor, Rel(Actor, "territories", Quantifier.Some, And(Within("REG-11"), Prop(Territory, "level", Neq, "REGION")))),
        ["alliance within and participants"] = (Alliance, And(Rel(Alliance, "territories", Quantifier.Some, Within("REG-76")), Rel(Alliance, "participants", Quantifier.Some, Prop(Actor, "size", Eq, "MICRO")))),
        ["territory parent"] = (Territory, Rel(Territory, "parent", Quantifier.Some, Prop(Territory, "id", Eq, "REG-76"))),
    };

    public static TheoryData<string> FilterNames() => [.. Filters.Keys];

    private static Filter FlagshipAllianceFilter() => And(
        Prop(Alliance, "category", Eq, "SOCIETAL_INNOVATION"),
        Rel(Alliance, "territories", Quantifier.Some, Within("REG-76")),
        Rel(Alliance, "participants", Quantifier.Some, Prop(Actor, "kind", Eq, "ASSOCIATION")));

    [Theory]
    [MemberData(nameof(FilterNames))]
    public async Task Every_page_of_an_indexed_filter_equals_the_scanned_page(string name)
    {
        var (label, filter) = Filters[name];
        foreach (var order in Orders(label))
        {
            var all = await Read(graph.Scanned, Query(label, where: filter, order: order, page: new PageRequest(First: 1000), totalCount: true));
            Assert.True(all.TotalCount < 1000, "the reference page must hold every match");
            foreach (var page in Pages(all))
            {
                foreach (var aggregate in new[] { null, Aggregates(label) })
                {
                    var query = Query(label, where: filter, order: order, page: page, totalCount: true) with { Aggregate = aggregate };
                    var expected = Describe(await Read(graph.Scanned, query));
                    Assert.Equal(expected, Describe(await Read(graph.Indexed, query)));
                    Assert.Equal(Describe(await Read(graph.Scanned, query with { IncludeTotalCount = false })),
                        Describe(await Read(graph.Indexed, query with { IncludeTotalCount = false })));
                }
            }
        }
    }

    [Fact]
    public async Task The_flagship_plan_with_its_nested_connections_is_unchanged()
    {
        var participants = Select(Alliance, "participants", Query(Actor, where: Prop(Actor, "kind", Eq, "ASSOCIATION")));
        var alliances = Select(Actor, "alliances",
            Query(Alliance, where: FlagshipAllianceFilter(), projection: AllProperties(Alliance, Select(Alliance, "territories"), participants)),
            edgeProperties: "role");
        var query = Query(Actor, where: Filters["flagship"].Filter, order: [Asc(Actor, "name")], page: new PageRequest(First: 50),
            totalCount: true, projection: AllProperties(Actor, alliances));

        var expected = await Read(graph.Scanned, query);

        Assert.True(expected.TotalCount > 5, "the test graph must hold flagship answers");
        Assert.Equal(Describe(expected), Describe(await Read(graph.Indexed, query)));
    }

    [Theory]
    [InlineData("kind", 5L)]
    [InlineData("kind", "not a list")]
    [InlineData("id", true)]
    public async Task An_invalid_operand_fails_as_it_does_without_the_index(string property, object value)
    {
        var op = value is string ? In : Eq;
        var query = Query(Actor, where: And(Prop(Actor, property, op, value), Prop(Actor, "kind", Eq, "COMPANY")));

        var scanned = await Assert.ThrowsAsync<InvalidQueryException>(() => Read(graph.Scanned, query));
        var indexed = await Assert.ThrowsAsync<InvalidQueryException>(() => Read(graph.Indexed, query));

        Assert.Equal((scanned.Code, scanned.Message), (indexed.Code, indexed.Message));
    }

    [Fact]
    public async Task A_some_on_a_field_of_another_label_fails_as_it_does_without_the_index()
    {
        var query = Query(Actor, where: And(Prop(Actor, "kind", Eq, "COMPANY"), Rel(Alliance, "participants", Quantifier.Some, Prop(Actor, "kind", Eq, "ASSOCIATION"))));

        var scanned = await Assert.ThrowsAsync<InvalidQueryException>(() => Read(graph.Scanned, query));
        var indexed = await Assert.ThrowsAsync<InvalidQueryException>(() => Read(graph.Indexed, query));

        Assert.Equal((scanned.Code, scanned.Message), (indexed.Code, indexed.Message));
    }

    [Theory]
    [InlineData("NOPE")]
    [InlineData("ACT-Z001")]
    public async Task A_within_naming_no_territory_fails_as_it_does_without_the_index(string id)
    {
        var query = Query(Actor, where: And(Prop(Actor, "kind", Eq, "COMPANY"), Rel(Actor, "alliances", Quantifier.Some,
            And(Prop(Alliance, "category", Eq, "PATRONAGE"), Rel(Alliance, "territories", Quantifier.Some, Within(id))))));

        var scanned = await Assert.ThrowsAsync<InvalidQueryException>(() => Read(graph.Scanned, query));
        var indexed = await Assert.ThrowsAsync<InvalidQueryException>(() => Read(graph.Indexed, query));

        Assert.Equal("UNKNOWN_ID", scanned.Code);
        Assert.Equal((scanned.Code, scanned.Message), (indexed.Code, indexed.Message));
    }

    [Fact]
    public async Task A_within_outside_territories_fails_as_it_does_without_the_index()
    {
        var query = Query(Actor, where: Rel(Actor, "alliances", Quantifier.Some, And(Prop(Alliance, "category", Eq, "PATRONAGE"), Within("REG-76"))));

        var scanned = await Assert.ThrowsAsync<InvalidQueryException>(() => Read(graph.Scanned, query));
        var indexed = await Assert.ThrowsAsync<InvalidQueryException>(() => Read(graph.Indexed, query));

        Assert.Equal((scanned.Code, scanned.Message), (indexed.Code, indexed.Message));
    }

    private static IEnumerable<OrderKey[]> Orders(LabelDef label) => label == Actor
        ? [[], [Asc(Actor, "name")], [Desc(Actor, "size"), Asc(Actor, "name")], [Desc(Actor, "foundedYear")]]
        : label == Alliance ? [[], [Asc(Alliance, "name")], [Desc(Alliance, "phase")]] : [[], [Desc(Territory, "name")]];

    private static AggregateRequest Aggregates(LabelDef label) => label == Actor
        ? new AggregateRequest([Actor.Property("foundedYear")], [Actor.Property("size"), Actor.Property("kind")])
        : AggregateRequest.CountOnly;

    /// <summary>Page shapes, with cursors taken from the full answer (at the ends and in the middle when it has matches).</summary>
    private static IEnumerable<PageRequest> Pages(ConnectionResult all)
    {
        yield return new PageRequest(First: 10);
        yield return new PageRequest(Last: 7);
        yield return new PageRequest(First: 0);
        yield return new PageRequest(Last: 0);
        yield return new PageRequest(First: 1000);
        if (all.Edges.Count == 0)
        {
            yield break;
        }

        var edges = all.Edges;
        string At(int k) => edges[Math.Clamp(k, 0, edges.Count - 1)].Cursor;
        yield return new PageRequest(First: 5, After: At(edges.Count / 3));
        yield return new PageRequest(Last: 5, Before: At(2 * edges.Count / 3));
        yield return new PageRequest(First: 4, After: At(1), Before: At(edges.Count - 2));
        yield return new PageRequest(Last: 4, After: At(1), Before: At(edges.Count - 2));
        yield return new PageRequest(First: 3, After: At(edges.Count - 1));
        yield return new PageRequest(Last: 3, Before: At(0));
        yield return new PageRequest(First: 10, After: At(edges.Count - 2), Before: At(1)); // crossed cursors
    }

    private static async Task<ConnectionResult> Read(Core.Embedded.EmbeddedGraphStore store, ConnectionQuery query) =>
        (await store.ReadAsync(Collection(query), CancellationToken.None)).Get<ConnectionResult>("items")!;

    private static string Describe(ConnectionResult connection)
    {
        var text = new StringBuilder();
        Describe(connection, text);
        return text.ToString();
    }

    private static void Describe(ConnectionResult connection, StringBuilder text)
    {
        text.Append(CultureInfo.InvariantCulture, $"[{connection.TotalCount} {connection.HasPreviousPage} {connection.HasNextPage}");
        if (connection.Aggregate is { } aggregate)
        {
            text.Append(CultureInfo.InvariantCulture, $" count={aggregate.Count}");
            foreach (var (key, numeric) in aggregate.Numeric.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $" {key}={numeric}");
            }

            foreach (var (key, values) in aggregate.Distinct.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $" {key}={string.Join('/', values)}");
            }
        }

        foreach (var edge in connection.Edges)
        {
            text.Append(CultureInfo.InvariantCulture, $" {edge.Node.Id}@{edge.Cursor}");
            foreach (var (key, value) in edge.EdgeProperties.Concat(edge.Node.Properties).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $" {key}={value}");
            }

            foreach (var (key, nested) in edge.Node.Relationships.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(' ').Append(key).Append('=');
                Describe(nested, text);
            }
        }

        text.Append(']');
    }
}
