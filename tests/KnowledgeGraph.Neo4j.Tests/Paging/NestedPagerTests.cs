using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Neo4j.Paging;

namespace KnowledgeGraph.Neo4j.Tests.Paging;

/// <summary>The in-memory ordering and paging of nested connections, on positions as Neo4j returns them (unsorted).</summary>
public sealed class NestedPagerTests
{
    private static readonly OrderKey[] ByNameDescending =
        [new(KnowledgeGraphSchema.Instance.Label("Actor").FindProperty("name")!, SortDirection.Descending)];

    // Neo4j's order, with a parallel relationship to ACT-2 (same position twice) told apart by its tag.
    private static readonly (string Tag, CursorPosition Position)[] Matches =
    [
        ("c", At("c", "ACT-3")), ("a", At("a", "ACT-1")), ("b1", At("b", "ACT-2")), ("e", At(null, "ACT-5")),
        ("d", At("d", "ACT-4")), ("b2", At("b", "ACT-2")),
    ];

    [Fact]
    public void Sorts_every_match_and_keeps_neo4js_order_between_equal_positions()
    {
        var (page, hasPrevious, hasNext) = Select(new PageRequest(First: 10));

        Assert.Equal(["e", "d", "c", "b1", "b2", "a"], page);
        Assert.False(hasPrevious);
        Assert.False(hasNext);
    }

    [Fact]
    public void First_cuts_the_sorted_window_and_reports_a_next_page()
    {
        var (page, hasPrevious, hasNext) = Select(new PageRequest(First: 2));

        Assert.Equal(["e", "d"], page);
        Assert.False(hasPrevious);
        Assert.True(hasNext);
    }

    [Fact]
    public void After_and_before_bound_the_window_strictly()
    {
        var (page, hasPrevious, hasNext) = Select(new PageRequest(First: 10), after: At("d", "ACT-4"), before: At("a", "ACT-1"));

        Assert.Equal(["c", "b1", "b2"], page);
        Assert.True(hasPrevious);
        Assert.True(hasNext);
    }

    [Fact]
    public void Last_takes_the_end_of_the_window_in_order()
    {
        var (page, hasPrevious, hasNext) = Select(new PageRequest(Last: 3));

        Assert.Equal(["b1", "b2", "a"], page);
        Assert.True(hasPrevious);
        Assert.False(hasNext);
    }

    [Fact]
    public void Returns_each_selected_match_with_its_own_position()
    {
        var (page, _, _) = NestedPager.Select(Matches, m => m.Position, ByNameDescending, new PageRequest(First: 3), null, null);

        Assert.All(page, p => Assert.Same(p.Item.Position, p.Position));
    }

    [Fact]
    public void Parallel_relationships_to_one_node_follow_their_edge_keys_not_neo4js_order()
    {
        (string Tag, CursorPosition Position)[] parallels =
        [
            ("partner", Edge("PARTNER", 2019)), ("funder", Edge("FUNDER", null)), ("initiator", Edge("INITIATOR", 2019)), ("funder 2015", Edge("FUNDER", 2015)),
        ];

        var (all, _, _) = NestedPager.Select(parallels, m => m.Position, ByNameDescending, new PageRequest(First: 10), null, null);
        var (after, hasPrevious, _) = NestedPager.Select(parallels, m => m.Position, ByNameDescending, new PageRequest(First: 10), Edge("FUNDER", null), null);

        Assert.Equal(["funder 2015", "funder", "initiator", "partner"], all.Select(p => p.Item.Tag));
        Assert.Equal(["initiator", "partner"], after.Select(p => p.Item.Tag));
        Assert.True(hasPrevious);
    }

    private static CursorPosition Edge(string role, long? since) => At("b", "ACT-2") with { EdgeKey = [role, since] };

    private static (string[] Tags, bool HasPrevious, bool HasNext) Select(PageRequest request, CursorPosition? after = null, CursorPosition? before = null)
    {
        var (page, hasPrevious, hasNext) = NestedPager.Select(Matches, m => m.Position, ByNameDescending, request, after, before);
        return (page.Select(p => p.Item.Tag).ToArray(), hasPrevious, hasNext);
    }

    private static CursorPosition At(string? name, string id) => new([name], id);
}
