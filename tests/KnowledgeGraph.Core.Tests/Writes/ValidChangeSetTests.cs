using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Core.Tests.Writes;

/// <summary>Accepted change sets: values normalised as seed loading would, and the net delta they produce.</summary>
public sealed class ValidChangeSetTests
{
    private static readonly GraphData Base = WriteTestGraph.Build();

    private static GraphDelta Accept(params WriteOperation[] operations) =>
        new ChangeSetValidator(TestGraph.Schema).Validate(Set(operations), new GraphDataLookup(Base));

    [Fact]
    public void Values_are_normalised_to_the_stored_types()
    {
        var delta = Accept(
            Create("Actor", "ACT-N", ("name", "N"), ("kind", "ASSOCIATION"), ("source", "TEST"), ("foundedYear", 1999),
                ("employer", true), ("website", null)),
            Create("Finding", "FND-N", ("statement", "S"), ("value", 74), ("source", "TEST")),
            Update("ALL-X", ("objectives", new List<string> { "HYBRIDISE_ECONOMIC_MODEL" }), ("impacts", Array.Empty<string>())));

        var actor = delta.CreatedNodes[0].Properties;
        Assert.Equal(1999L, actor["foundedYear"]);
        Assert.Equal(true, actor["employer"]);
        Assert.Equal("ACT-N", actor["id"]);
        Assert.False(actor.ContainsKey("website"));
        Assert.Equal(74.0, delta.CreatedNodes[1].Properties["value"]);
        var alliance = Assert.Single(delta.UpdatedNodes).Properties;
        Assert.Equal(["HYBRIDISE_ECONOMIC_MODEL"], (IReadOnlyList<string>)alliance["objectives"]);
        Assert.False(alliance.ContainsKey("impacts"));
    }

    [Fact]
    public void An_update_sets_and_removes_and_keeps_the_rest()
    {
        var delta = Accept(Update("ACT-A", ("foundedYear", 2001L)), Remove("ACT-A", "foundedYear"), Update("ACT-A", ("website", "https://a.example")));

        var updated = Assert.Single(delta.UpdatedNodes);
        Assert.Equal("https://a.example", updated.Properties["website"]);
        Assert.False(updated.Properties.ContainsKey("foundedYear"));
        Assert.Equal("Alpha", updated.Properties["name"]);
        Assert.Same(Base.Nodes.Single(n => n.Id == "ACT-A").Label, updated.Label);
    }

    [Fact]
    public void Nodes_created_in_the_set_can_be_linked_in_the_same_set()
    {
        var delta = Accept(Company("ACT-N"), Alliance("ALL-N"), Participates("ACT-N", "ALL-N", "INITIATOR"), Link("LOCATED_IN", "ALL-N", "COM-34172"));

        Assert.Equal(["ACT-N", "ALL-N"], delta.CreatedNodes.Select(n => n.Id));
        Assert.Equal(
            [ParticipationKey("ACT-N", "ALL-N", "INITIATOR"), new RelationshipKey("LOCATED_IN", "ALL-N", "COM-34172")],
            delta.CreatedRelationships.Select(GraphDelta.KeyOf));
        Assert.Equal("INITIATOR", delta.CreatedRelationships[0].Properties["role"]);
    }

    [Fact]
    public void A_detaching_delete_reports_the_relationships_it_removed()
    {
        var result = Accept(Delete("ACT-A", detach: true)).ToResult(7);

        Assert.Equal(["ACT-A"], result.NodesDeleted);
        Assert.Equal(
            [ParticipationKey("ACT-A", "ALL-X", "PARTNER", 2019), new RelationshipKey("BASED_IN", "ACT-A", "DEP-34")],
            result.RelationshipsDeleted);
        Assert.Equal(7, result.DataVersion);
    }

    [Fact]
    public void A_node_without_relationships_is_deleted_without_detach()
    {
        Assert.Equal(["ACT-B"], Accept(Delete("ACT-B")).DeletedNodes.Select(n => n.Id));
    }

    [Fact]
    public void Unlinking_then_deleting_needs_no_detach()
    {
        var delta = Accept(Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X"), Unlink("BASED_IN", "ACT-A", "DEP-34"), Delete("ACT-A"));

        Assert.Equal(["ACT-A"], delta.DeletedNodes.Select(n => n.Id));
        Assert.Equal(2, delta.DeletedRelationships.Count);
    }

    [Fact]
    public void A_single_valued_side_can_be_moved_by_unlinking_first()
    {
        var delta = Accept(Unlink("PART_OF", "DEP-34", "REG-76"), Link("PART_OF", "DEP-34", "REG-11"));

        Assert.Equal("REG-11", Assert.Single(delta.CreatedRelationships).EndId);
        Assert.Equal("REG-76", Assert.Single(delta.DeletedRelationships).EndId);
    }

    [Fact]
    public void The_delta_is_net_of_changes_undone_in_the_same_set()
    {
        var delta = Accept(Company("ACT-TMP"), Participates("ACT-TMP", "ALL-X"), Delete("ACT-TMP", detach: true));

        Assert.True(delta.IsEmpty);
        Assert.True(delta.ToResult(1).ChangedNothing);
    }

    [Fact]
    public void Relinking_with_other_properties_deletes_and_creates_the_relationship()
    {
        var delta = Accept(Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X"), Participates("ACT-A", "ALL-X", "FUNDER"));

        Assert.Equal("PARTNER", Assert.Single(delta.DeletedRelationships).Properties["role"]);
        Assert.Equal("FUNDER", Assert.Single(delta.CreatedRelationships).Properties["role"]);
    }

    [Fact]
    public void Applying_a_delta_keeps_the_order_replaces_in_place_and_appends()
    {
        var delta = Accept(Company("ACT-N"), Update("ACT-B", ("website", "https://b.example")), Delete("ACT-A", detach: true),
            Participates("ACT-N", "ALL-X"));

        var after = delta.ApplyTo(Base);

        var expectedIds = Base.Nodes.Select(n => n.Id).Where(id => id != "ACT-A").Append("ACT-N");
        Assert.Equal(expectedIds, after.Nodes.Select(n => n.Id));
        Assert.Equal("https://b.example", after.Nodes.Single(n => n.Id == "ACT-B").Properties["website"]);
        Assert.DoesNotContain(after.Relationships, r => r.StartId == "ACT-A");
        Assert.Equal("ACT-N", after.Relationships[^1].StartId);
        Assert.Equal(Base.Relationships.Count - 2 + 1, after.Relationships.Count);
        Assert.Equal(Base.Nodes.Count, WriteTestGraph.Build().Nodes.Count); // the base graph is not modified
        Assert.Contains(Base.Nodes, n => n.Id == "ACT-A");
    }
}
