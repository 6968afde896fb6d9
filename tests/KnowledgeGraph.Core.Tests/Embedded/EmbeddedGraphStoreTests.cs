using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Embedded;

/// <summary>What only the embedded store shows: how it is built from graph data, cancellation, concurrent reads.</summary>
public sealed class EmbeddedGraphStoreTests
{
    [Fact]
    public void Building_rejects_a_duplicate_id()
    {
        var data = new TestGraph().Actor("ACT-A", "A", "COMPANY").Actor("ACT-A", "B", "COMPANY").Build();

        var error = Assert.Throws<ArgumentException>(() => new EmbeddedGraphStore(TestGraph.Schema, data));

        Assert.Contains("ACT-A", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Building_rejects_a_relationship_to_a_missing_or_wrongly_labelled_node()
    {
        var missing = new TestGraph().Actor("ACT-A", "A", "COMPANY").Based("ACT-A", "REG-76").Build();
        var wrongLabel = TestGraph.France().Actor("ACT-A", "A", "COMPANY").Link(DomainRelationships.BasedIn, "ACT-A", "ACT-A").Build();

        Assert.Contains("REG-76", Assert.Throws<ArgumentException>(() => new EmbeddedGraphStore(TestGraph.Schema, missing)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new EmbeddedGraphStore(TestGraph.Schema, wrongLabel));
    }

    [Fact]
    public void Building_rejects_a_value_of_the_wrong_kind()
    {
        var data = new TestGraph().Actor("ACT-A", "A", "COMPANY", ("foundedYear", "nineteen ninety")).Build();

        Assert.Throws<ArgumentException>(() => new EmbeddedGraphStore(TestGraph.Schema, data));
    }

    [Fact]
    public async Task An_empty_graph_answers_empty_connections()
    {
        var store = new EmbeddedGraphStore(TestGraph.Schema, GraphData.Empty);

        var page = (await store.ReadAsync(Collection(Query(Actor, totalCount: true)), CancellationToken.None)).Get<ConnectionResult>("items")!;

        Assert.Empty(page.Edges);
        Assert.Equal(0, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task A_cancelled_read_throws()
    {
        var store = new EmbeddedGraphStore(TestGraph.Schema, TestGraph.France().Build());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ReadAsync(Collection(Query(Territory)), cancelled.Token));
    }

    [Fact]
    public async Task Concurrent_reads_give_the_same_answers()
    {
        var store = new EmbeddedGraphStore(TestGraph.Schema, ScaledTestGraph.Build(scale: 2).Build());
        var plan = Collection(Query(Actor,
            where: Rel(Actor, "alliances", Quantifier.Some, Rel(Alliance, "territories", Quantifier.Some, Within("REG-76"))),
            order: [Asc(Actor, "name")], page: new PageRequest(First: 1000), totalCount: true));
        var expected = Ids((await store.ReadAsync(plan, CancellationToken.None)).Get<ConnectionResult>("items")!);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(async () => Ids((await store.ReadAsync(plan, CancellationToken.None)).Get<ConnectionResult>("items")!))));

        Assert.NotEmpty(expected);
        Assert.All(answers, answer => Assert.Equal(expected, answer));
    }

    [Fact]
    public async Task Cursors_are_keyset_positions_not_offsets()
    {
        var graph = new TestGraph().Actor("ACT-B", "B", "COMPANY").Actor("ACT-D", "D", "COMPANY");
        var page = (await new EmbeddedGraphStore(TestGraph.Schema, graph.Build()).ReadAsync(Collection(Query(Actor, page: new PageRequest(First: 1))), CancellationToken.None))
            .Get<ConnectionResult>("items")!;

        // A node inserted before the cursor's position does not shift the next page.
        var grown = new EmbeddedGraphStore(TestGraph.Schema, graph.Actor("ACT-A", "A", "COMPANY").Actor("ACT-C", "C", "COMPANY").Build());
        var next = (await grown.ReadAsync(Collection(Query(Actor, page: new PageRequest(First: 5, After: page.EndCursor))), CancellationToken.None))
            .Get<ConnectionResult>("items")!;

        Assert.Equal("ACT-C,ACT-D", Ids(next));
    }

    private static string Ids(ConnectionResult connection) => string.Join(",", connection.Edges.Select(e => e.Node.Id));
}
