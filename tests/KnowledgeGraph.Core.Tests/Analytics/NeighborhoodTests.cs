using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.Analytics;

public class NeighborhoodTests
{
    private static readonly GraphView View = AllianceWorld.View();

    [Fact]
    public void Depth_one_holds_the_start_node_then_its_neighbours_in_id_order()
    {
        var sub = Neighborhood.Explore(View, new NeighborhoodRequest(["ACT-X"]));

        Assert.Equal(["ACT-X", "ALL-A1", "ALL-A2", "COM-34172"], sub.Nodes.Select(n => n.Id));
        Assert.Equal(
            ["ACT-X-BASED_IN-COM-34172", "ACT-X-PARTICIPATES_IN-ALL-A1", "ACT-X-PARTICIPATES_IN-ALL-A2", "ALL-A1-LOCATED_IN-COM-34172"],
            sub.Edges.Select(e => e.Id));
        Assert.False(sub.Truncated);
        Assert.Equal("Actor", sub.Nodes[0].Label);
        Assert.Equal("Xylo Industries", sub.Nodes[0].Name);
    }

    [Fact]
    public void The_limit_caps_the_nodes_and_sets_the_truncated_flag()
    {
        var capped = Neighborhood.Explore(View, new NeighborhoodRequest(["ACT-X"], Limit: 2));
        var exact = Neighborhood.Explore(View, new NeighborhoodRequest(["ACT-X"], Limit: 4));

        Assert.Equal(["ACT-X", "ALL-A1"], capped.Nodes.Select(n => n.Id));
        Assert.Equal(["ACT-X-PARTICIPATES_IN-ALL-A1"], capped.Edges.Select(e => e.Id));
        Assert.True(capped.Truncated);
        Assert.Equal(4, exact.Nodes.Count);
        Assert.False(exact.Truncated);
    }

    [Fact]
    public void Relationship_types_restrict_the_traversal()
    {
        var sub = Neighborhood.Explore(View, new NeighborhoodRequest(["ACT-X"], Depth: 2, RelationshipTypes: ["PARTICIPATES_IN"]));

        Assert.Equal(["ACT-X", "ALL-A1", "ALL-A2", "ACT-Y", "ACT-Z"], sub.Nodes.Select(n => n.Id));
        Assert.Equal(5, sub.Edges.Count);
        Assert.All(sub.Edges, e => Assert.Equal("PARTICIPATES_IN", e.Type));
    }

    [Fact]
    public void Labels_restrict_the_nodes_included_and_traversed()
    {
        var sub = Neighborhood.Explore(View, new NeighborhoodRequest(["ACT-X"], Depth: 3, Labels: ["Alliance"]));

        Assert.Equal(["ACT-X", "ALL-A1", "ALL-A2"], sub.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Edges_include_every_relationship_between_included_nodes()
    {
        var sub = Neighborhood.Explore(View, new NeighborhoodRequest(["ACT-Y", "ACT-X"]));

        // COM-34172 (via X) and DEP-34 (via Y) are both in: their PART_OF link is too, though no walk used it.
        Assert.Contains(sub.Edges, e => e.Id == "COM-34172-PART_OF-DEP-34");
        var ids = sub.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(sub.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target)));
        Assert.Equal(["ACT-X", "ACT-Y"], sub.Nodes.Take(2).Select(n => n.Id));
    }

    [Fact]
    public void The_answer_does_not_depend_on_the_order_the_store_delivered_the_data_in()
    {
        var data = AllianceWorld.Data();
        var reversed = GraphView.Build(new GraphData([.. data.Nodes.Reverse()], [.. data.Relationships.Reverse()]));
        var request = new NeighborhoodRequest(["ACT-Y"], Depth: 2, Limit: 9);

        var a = Neighborhood.Explore(View, request);
        var b = Neighborhood.Explore(reversed, request);

        Assert.Equal(a.Nodes.Select(n => n.Id), b.Nodes.Select(n => n.Id));
        Assert.Equal(a.Edges.Select(e => e.Id), b.Edges.Select(e => e.Id));
        Assert.True(a.Truncated);
    }

    [Theory]
    [InlineData("ACT-NOPE", 1, 10, "UNKNOWN_ID")]
    [InlineData("ACT-X", 0, 10, "INVALID_ARGUMENT")]
    [InlineData("ACT-X", 5, 10, "INVALID_ARGUMENT")]
    [InlineData("ACT-X", 1, 0, "INVALID_ARGUMENT")]
    [InlineData("ACT-X", 1, 5001, "INVALID_ARGUMENT")]
    public void Bad_requests_are_refused_with_a_code(string id, int depth, int limit, string code)
    {
        var error = Assert.Throws<InvalidQueryException>(() => Neighborhood.Explore(View, new NeighborhoodRequest([id], depth, Limit: limit)));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void No_start_node_and_unknown_labels_are_refused()
    {
        Assert.Equal("INVALID_ARGUMENT", Assert.Throws<InvalidQueryException>(() => Neighborhood.Explore(View, new NeighborhoodRequest([]))).Code);
        Assert.Equal("INVALID_ARGUMENT",
            Assert.Throws<InvalidQueryException>(() => Neighborhood.Explore(View, new NeighborhoodRequest(["ACT-X"], Labels: ["Person"]))).Code);
    }
}
