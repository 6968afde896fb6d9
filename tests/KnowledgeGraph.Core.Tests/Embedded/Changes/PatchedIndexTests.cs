using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Tests.Writes;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Tests.Embedded.Changes;

/// <summary>
/// Differential, property-based: random valid change sets are applied to the index in place, one after the other,
/// and after each the result must equal, part by part, a full build of the same graph (the old graph with the
/// write applied by <see cref="GraphDelta.ApplyTo"/>, not by the patcher); query answers must be the same too.
/// </summary>
public sealed class PatchedIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_writes_applied_in_place_give_the_index_a_full_build_gives(int seed)
    {
        var random = new Random(seed);
        var data = ScaledTestGraph.Build(scale: 1, seed: seed).Build();
        var store = new EmbeddedGraphStore(TestGraph.Schema, data);
        var validator = new ChangeSetValidator(TestGraph.Schema);
        var changes = new RandomChangeSets(random);
        var (applied, linkedParallels, unlinkedParallels) = (0, 0, 0);
        for (var attempt = 0; attempt < 400 && applied < 60; attempt++)
        {
            var changeSet = changes.Next(store.Data);
            GraphDelta delta;
            try
            {
                delta = validator.Validate(changeSet, store.Lookup);
            }
            catch (WriteValidationException)
            {
                continue;
            }

            var expected = GraphIndexBuilder.Build(TestGraph.Schema, delta.ApplyTo(store.Data));
            var before = store.Index;
            store = store.Apply(delta);
            IndexAssert.Same(expected, store.Index);
            Assert.NotSame(before, store.Index);
            applied++;
            int Between(RelationshipRecord r) =>
                store.Lookup.RelationshipsOf(r.StartId).Count(o => o.Definition == r.Definition && o.StartId == r.StartId && o.EndId == r.EndId);
            linkedParallels += delta.CreatedRelationships.Count(r => Between(r) > 1);
            unlinkedParallels += delta.DeletedRelationships.Count(r => Between(r) > 0);
        }

        Assert.True(applied >= 30, $"only {applied} valid change sets");
        Assert.True(linkedParallels > 0 && unlinkedParallels > 0, $"parallels: {linkedParallels} linked, {unlinkedParallels} unlinked beside another");
    }

    [Fact]
    public void The_lookup_read_from_the_index_agrees_with_the_one_built_from_the_data()
    {
        var data = ScaledTestGraph.Build(scale: 1, seed: 5).Build();
        var store = new EmbeddedGraphStore(TestGraph.Schema, data);
        var built = new GraphDataLookup(data);
        foreach (var node in data.Nodes.Take(600).Concat(data.Nodes.TakeLast(300)))
        {
            Assert.Same(built.FindNode(node.Id), store.Lookup.FindNode(node.Id));
            Assert.Equal(
                built.RelationshipsOf(node.Id).Select(GraphDelta.KeyOf).Order(Comparer<RelationshipKey>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()))),
                store.Lookup.RelationshipsOf(node.Id).Select(GraphDelta.KeyOf).Order(Comparer<RelationshipKey>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()))));
        }

        Assert.Null(store.Lookup.FindNode("ACT-NOPE"));
        Assert.Empty(store.Lookup.RelationshipsOf("ACT-NOPE"));
    }

    [Fact]
    public void A_write_leaves_the_previous_store_answering_as_before()
    {
        var store = new EmbeddedGraphStore(TestGraph.Schema, WriteTestGraph.Build());
        var before = GraphIndexBuilder.Build(TestGraph.Schema, WriteTestGraph.Build());
        var delta = new ChangeSetValidator(TestGraph.Schema).Validate(
            Ops.Set(Ops.Company("ACT-0"), Ops.Participates("ACT-0", "ALL-X"), Ops.Update("ACT-A", ("name", "Changed")), Ops.Delete("ACT-B")),
            store.Lookup);

        var after = store.Apply(delta);

        IndexAssert.Same(before, store.Index);
        Assert.Equal("Changed", after.Lookup.FindNode("ACT-A")!.Properties["name"]);
        Assert.Null(after.Lookup.FindNode("ACT-B"));
        Assert.NotNull(store.Lookup.FindNode("ACT-B"));
    }
}
