using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.Paths;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestGraphs;

namespace KnowledgeGraph.Core.Tests.Analytics;

public class ShortestPathTests
{
    private static readonly GraphView Grid = GridGraph.Build(3, 4);
    private static readonly string Corner = GridGraph.Cell(0, 0);
    private static readonly string Opposite = GridGraph.Cell(2, 3);

    [Fact]
    public void The_shortest_path_across_a_grid_has_the_manhattan_length()
    {
        var path = ShortestPaths.Shortest(Grid, new PathRequest(Corner, Opposite));

        Assert.NotNull(path);
        Assert.Equal(5, path.Length);
        Assert.Equal(6, path.Nodes.Count);
        Assert.Equal(Corner, path.Nodes[0].Id);
        Assert.Equal(Opposite, path.Nodes[^1].Id);
        Assert.Equal(11, path.Elements().Count()); // node, relationship, node, …
    }

    [Fact]
    public void Ties_are_broken_by_id_so_the_first_path_runs_along_the_first_row()
    {
        // Cell ids sort row-major, so the path that stays on row 0 first has the smallest node ids.
        var path = ShortestPaths.Shortest(Grid, new PathRequest(Corner, Opposite))!;

        Assert.Equal(
            [GridGraph.Cell(0, 0), GridGraph.Cell(0, 1), GridGraph.Cell(0, 2), GridGraph.Cell(0, 3), GridGraph.Cell(1, 3), GridGraph.Cell(2, 3)],
            path.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void All_shortest_paths_across_a_grid_are_the_binomial_number_of_staircases()
    {
        var all = ShortestPaths.All(Grid, new PathRequest(Corner, Opposite));

        Assert.False(all.Truncated);
        Assert.Equal(10, all.Paths.Count); // C(2 + 3, 2)
        Assert.Equal(10, ShortestPaths.Count(Grid, new PathRequest(Corner, Opposite)));
        Assert.Equal(10, all.Paths.Select(p => string.Join(",", p.Nodes.Select(n => n.Id))).Distinct().Count());
        Assert.All(all.Paths, p => Assert.Equal(5, p.Length));
        Assert.All(all.Paths, AssertConsecutive);
    }

    [Fact]
    public void Larger_grids_count_without_listing()
    {
        var grid = GridGraph.Build(6, 6);

        Assert.Equal(252, ShortestPaths.Count(grid, new PathRequest(GridGraph.Cell(0, 0), GridGraph.Cell(5, 5), MaxLength: 10)));
        Assert.Equal(6, ShortestPaths.Count(grid, new PathRequest(GridGraph.Cell(1, 1), GridGraph.Cell(3, 3))));
    }

    [Fact]
    public void The_path_list_is_capped_and_says_so()
    {
        var all = ShortestPaths.All(Grid, new PathRequest(Corner, Opposite), maxPaths: 4);

        Assert.True(all.Truncated);
        Assert.Equal(4, all.Paths.Count);
    }

    [Fact]
    public void No_path_within_the_maximum_length_gives_null()
    {
        Assert.Null(ShortestPaths.Shortest(Grid, new PathRequest(Corner, Opposite, MaxLength: 4)));
        Assert.Empty(ShortestPaths.All(Grid, new PathRequest(Corner, Opposite, MaxLength: 4)).Paths);
    }

    [Fact]
    public void Direction_restricts_the_relationships_followed()
    {
        // PART_OF points right and down: forwards all 10 staircases exist, backwards none.
        Assert.Equal(10, ShortestPaths.Count(Grid, new PathRequest(Corner, Opposite, Direction: TraversalDirection.Outgoing)));
        Assert.Null(ShortestPaths.Shortest(Grid, new PathRequest(Corner, Opposite, Direction: TraversalDirection.Incoming)));
        Assert.Equal(10, ShortestPaths.Count(Grid, new PathRequest(Opposite, Corner, Direction: TraversalDirection.Incoming)));
    }

    [Fact]
    public void A_chain_of_alliances_links_a_company_to_an_association()
    {
        var view = GraphView.Build(TestGraph.France()
            .Actor("ACT-COMPANY", "Company", "COMPANY").Actor("ACT-BRIDGE", "Bridge", "FOUNDATION").Actor("ACT-ASSOC", "Association", "ASSOCIATION")
            .Alliance("ALL-ONE", "One", "PATRONAGE").Alliance("ALL-TWO", "Two", "PATRONAGE")
            .Participates("ACT-COMPANY", "ALL-ONE", "FUNDER").Participates("ACT-BRIDGE", "ALL-ONE", "PARTNER")
            .Participates("ACT-BRIDGE", "ALL-TWO", "PARTNER").Participates("ACT-ASSOC", "ALL-TWO", "OPERATOR")
            .Based("ACT-COMPANY", "DEP-34").Based("ACT-ASSOC", "DEP-34") // a shortcut through the territory
            .Build());

        var viaAnything = ShortestPaths.Shortest(view, new PathRequest("ACT-COMPANY", "ACT-ASSOC"))!;
        var viaAlliances = ShortestPaths.Shortest(view, new PathRequest("ACT-COMPANY", "ACT-ASSOC", RelationshipTypes: ["PARTICIPATES_IN"]))!;

        Assert.Equal(["ACT-COMPANY", "DEP-34", "ACT-ASSOC"], viaAnything.Nodes.Select(n => n.Id));
        Assert.Equal(["ACT-COMPANY", "ALL-ONE", "ACT-BRIDGE", "ALL-TWO", "ACT-ASSOC"], viaAlliances.Nodes.Select(n => n.Id));
        Assert.All(viaAlliances.Relationships, r => Assert.Equal("PARTICIPATES_IN", r.Type));
        Assert.Equal("ACT-COMPANY-PARTICIPATES_IN-ALL-ONE", viaAlliances.Relationships[0].Id);
    }

    [Fact]
    public void A_path_from_a_node_to_itself_is_empty()
    {
        var path = ShortestPaths.Shortest(Grid, new PathRequest(Corner, Corner))!;

        Assert.Equal(0, path.Length);
        Assert.Equal([Corner], path.Nodes.Select(n => n.Id));
    }

    [Theory]
    [InlineData("COM-99999", "COM-10000", 4, "UNKNOWN_ID")]
    [InlineData("COM-10000", "COM-99999", 4, "UNKNOWN_ID")]
    [InlineData("COM-10000", "COM-10001", 0, "INVALID_ARGUMENT")]
    [InlineData("COM-10000", "COM-10001", 17, "INVALID_ARGUMENT")]
    public void Bad_requests_are_refused_with_a_code(string from, string to, int maxLength, string code)
    {
        var error = Assert.Throws<InvalidQueryException>(() => ShortestPaths.Shortest(Grid, new PathRequest(from, to, maxLength)));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void An_unknown_relationship_type_is_refused()
    {
        var error = Assert.Throws<InvalidQueryException>(() =>
            ShortestPaths.Shortest(Grid, new PathRequest(Corner, Opposite, RelationshipTypes: ["KNOWS"])));

        Assert.Equal("INVALID_ARGUMENT", error.Code);
    }

    private static void AssertConsecutive(GraphPath path)
    {
        for (var i = 0; i < path.Length; i++)
        {
            var edge = path.Relationships[i];
            Assert.Equal(
                new[] { path.Nodes[i].Id, path.Nodes[i + 1].Id }.Order(),
                new[] { edge.Source, edge.Target }.Order());
        }
    }
}
