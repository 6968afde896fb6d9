using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Text;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Embedded;

/// <summary>
/// The embedded store cuts a page three ways: scanning in id order and stopping early, gathering the matches and
/// sorting them, or keeping a bounded heap when the matches far outnumber the page. Each page here is checked against
/// a page cut by LINQ from all the nodes, so every way must give the reference answer, cursors and flags included.
/// </summary>
public sealed class PagingPathsTests
{
    private const int ActorCount = 240;
    private static readonly TestGraph Graph = Actors();
    private static readonly EmbeddedGraphStore Store = new(TestGraph.Schema, Graph.Build());

    public static TheoryData<string> Orders => new() { "id", "name", "foundedYear desc", "size desc, name" };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var order in new[] { "id", "name", "foundedYear desc", "size desc, name" })
        {
            foreach (var page in new[] { "first 5", "first 0", "last 7", "last 0", "first 1000", "first 5 after 40", "last 5 before 200",
                         "first 3 after 100 before 104", "last 3 after 100 before 110", "first 10 after 150 before 120", "last 10 after 150 before 120" })
            {
                cases.Add(order, page);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_page_equals_the_page_cut_from_all_nodes(string orderText, string pageText)
    {
        var order = OrderOf(orderText);
        foreach (var (where, totalCount) in new (Filter?, bool)[] { (null, true), (null, false), (Companies, true), (Companies, false) })
        {
            var all = Reference(where, order);
            var page = PageOf(pageText, all, order);
            var query = Query(Actor, where: where, order: order, page: page, totalCount: totalCount);

            var actual = await Read(query);
            var counted = await Read(query with { Aggregate = AggregateRequest.CountOnly }); // forces the gathering path

            var expected = Expected(all, page, order, totalCount);
            Assert.Equal(expected, Describe(actual));
            Assert.Equal(expected, Describe(counted with { Aggregate = null }));
            Assert.Equal(all.Count, counted.Aggregate!.Count);
        }
    }

    [Fact]
    public async Task A_nested_connection_in_id_order_stops_at_its_page_and_still_counts_everything()
    {
        var graph = Actors().Alliance("ALL-1", "One", "PATRONAGE");
        for (var k = 0; k < ActorCount; k += 3)
        {
            graph.Participates(IdOf(k), "ALL-1", k % 2 == 0 ? "PARTNER" : "FUNDER");
        }

        var store = new EmbeddedGraphStore(TestGraph.Schema, graph.Build());
        var participants = Query(Actor, where: Companies, page: new PageRequest(First: 4), totalCount: true);
        var query = Query(Alliance, projection: AllProperties(Alliance, Select(Alliance, "participants", participants, edgeProperties: "role")));

        var nested = (await store.ReadAsync(Collection(query), CancellationToken.None)).Get<ConnectionResult>("items")!
            .Edges.Single().Node.Relationships["participants"];

        var companies = Enumerable.Range(0, ActorCount).Where(k => k % 3 == 0 && IsCompany(k)).ToList();
        Assert.Equal(string.Join(",", companies.Take(4).Select(IdOf)), string.Join(",", nested.Edges.Select(e => e.Node.Id)));
        Assert.Equal(companies.Count, nested.TotalCount);
        Assert.True(nested.HasNextPage);
        Assert.Equal(companies.Take(4).Select(k => k % 2 == 0 ? "PARTNER" : "FUNDER"), nested.Edges.Select(e => e.EdgeProperties["role"]));
    }

    private static PropertyFilter Companies => Prop(Actor, "kind", ComparisonOperator.Eq, "COMPANY");

    private static bool IsCompany(int k) => k % 4 != 1;

    private static string IdOf(int k) => $"ACT-{k:D4}";

    private static TestGraph Actors()
    {
        var graph = new TestGraph();
        var random = new Random(7);
        for (var k = 0; k < ActorCount; k++)
        {
            var more = new List<(string, object?)>();
            if (k % 5 != 0)
            {
                more.Add(("foundedYear", (long)random.Next(1950, 2000)));
            }

            if (k % 3 != 0)
            {
                more.Add(("size", new[] { "MICRO", "SMALL_MEDIUM", "MID_CAP", "LARGE" }[random.Next(4)]));
            }

            graph.Actor(IdOf(k), $"Name {random.Next(60):D2}", IsCompany(k) ? "COMPANY" : "ASSOCIATION", [.. more]);
        }

        return graph;
    }

    private static OrderKey[] OrderOf(string text) => text switch
    {
        "id" => [],
        "name" => [Asc(Actor, "name")],
        "foundedYear desc" => [Desc(Actor, "foundedYear")],
        "size desc, name" => [Desc(Actor, "size"), Asc(Actor, "name")],
        _ => throw new ArgumentException(text),
    };

    private static async Task<ConnectionResult> Read(ConnectionQuery query) =>
        (await Store.ReadAsync(Collection(query), CancellationToken.None)).Get<ConnectionResult>("items")!;

    /// <summary>The matching nodes in the connection's order, by LINQ: key values (missing last ascending, first descending), then id.</summary>
    private static List<CursorPosition> Reference(Filter? where, OrderKey[] order)
    {
        var nodes = Graph.Build().Nodes.Where(n => n.Label == Actor)
            .Where(n => where is null || (string)n.Properties["kind"] == "COMPANY")
            .Select(n => new CursorPosition([.. order.Select(k => SortValue(k.Property, n.Properties.GetValueOrDefault(k.Property.Name)))], n.Id));
        return [.. nodes.Order(new SortKeyComparer(order))];
    }

    private static object? SortValue(PropertyDef property, object? value) => value switch
    {
        long number => (double)number,
        string text when property.IsText => TextNormalizer.Normalize(text),
        _ => value,
    };

    private static PageRequest PageOf(string text, List<CursorPosition> all, OrderKey[] order)
    {
        var words = text.Split(' ');
        string? CursorAt(string word) => Array.IndexOf(words, word) is var at and >= 0
            ? CursorCodec.Encode(Actor, order, all[Math.Min(int.Parse(words[at + 1]), all.Count - 1)])
            : null;
        var size = int.Parse(words[1]);
        return words[0] == "first"
            ? new PageRequest(First: size, After: CursorAt("after"), Before: CursorAt("before"))
            : new PageRequest(Last: size, After: CursorAt("after"), Before: CursorAt("before"));
    }

    private static string Expected(List<CursorPosition> all, PageRequest page, OrderKey[] order, bool totalCount)
    {
        var comparer = new SortKeyComparer(order);
        var after = page.After is null ? null : CursorCodec.Decode(Actor, order, page.After);
        var before = page.Before is null ? null : CursorCodec.Decode(Actor, order, page.Before);
        var beforeAfter = after is not null && all.Any(p => comparer.Compare(p, after) <= 0);
        var atOrAfterBefore = before is not null && all.Any(p => (after is null || comparer.Compare(p, after) > 0) && comparer.Compare(p, before) >= 0);
        var window = all.Where(p => (after is null || comparer.Compare(p, after) > 0) && (before is null || comparer.Compare(p, before) < 0)).ToList();
        var (items, hasPrevious, hasNext) = page.Last is { } last
            ? (window.TakeLast(last).ToList(), window.Count > last || beforeAfter, atOrAfterBefore)
            : (window.Take(page.First!.Value).ToList(), beforeAfter, window.Count > page.First!.Value || atOrAfterBefore);
        var edges = items.Select(p => p.Id + "@" + CursorCodec.Encode(Actor, order, p));
        return $"{(totalCount ? all.Count : null)} {hasPrevious} {hasNext} {string.Join(",", edges)}";
    }

    private static string Describe(ConnectionResult page) =>
        $"{page.TotalCount} {page.HasPreviousPage} {page.HasNextPage} {string.Join(",", page.Edges.Select(e => e.Node.Id + "@" + e.Cursor))}";
}
