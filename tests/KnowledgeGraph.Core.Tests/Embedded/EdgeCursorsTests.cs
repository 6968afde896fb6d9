using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Embedded;

/// <summary><see cref="ConnectionQuery.Cursors"/>: the embedded store computes only the cursors the response reads.</summary>
public sealed class EdgeCursorsTests
{
    private static readonly EmbeddedGraphStore Store = new(TestGraph.Schema, Graph().Build());

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Page_ends_keeps_the_first_and_last_cursors_and_the_paging(bool byName)
    {
        var query = Query(Actor, order: byName ? [Asc(Actor, "name")] : [], page: new PageRequest(First: 4), totalCount: true);

        var all = await Read(query);
        var ends = await Read(query with { Cursors = EdgeCursors.PageEnds });

        Assert.Equal(4, ends.Edges.Count);
        Assert.Equal(all.StartCursor, ends.StartCursor);
        Assert.Equal(all.EndCursor, ends.EndCursor);
        Assert.All(ends.Edges.Skip(1).SkipLast(1), edge => Assert.Equal(string.Empty, edge.Cursor));
        Assert.Equal(Shape(all), Shape(ends));
    }

    [Fact]
    public async Task None_leaves_every_cursor_empty_and_the_answer_otherwise_unchanged()
    {
        var participants = Query(Actor, page: new PageRequest(Last: 2), totalCount: true);
        var query = Query(Alliance, projection: AllProperties(Alliance, Select(Alliance, "participants", participants, edgeProperties: "role")));
        var none = query with
        {
            Cursors = EdgeCursors.None,
            Projection = AllProperties(Alliance, Select(Alliance, "participants", participants with { Cursors = EdgeCursors.None }, edgeProperties: "role")),
        };

        var all = await Read(query);
        var without = await Read(none);

        var nested = without.Edges.Select(e => e.Node.Relationships["participants"]).ToList();
        Assert.All(without.Edges.Concat(nested.SelectMany(c => c.Edges)), edge => Assert.Equal(string.Empty, edge.Cursor));
        Assert.Equal(Shape(all), Shape(without));
        Assert.Equal(all.Edges.Select(e => Shape(e.Node.Relationships["participants"])), nested.Select(Shape));
        Assert.NotEmpty(all.Edges[0].Cursor);
    }

    [Fact]
    public void The_default_is_every_cursor()
    {
        Assert.Equal(EdgeCursors.All, Query(Actor).Cursors);
    }

    private static TestGraph Graph()
    {
        var graph = TestGraph.France().Alliance("ALL-1", "One", "PATRONAGE").Alliance("ALL-2", "Two", "PATRONAGE");
        foreach (var (id, name) in new[] { ("ACT-A", "Zeta"), ("ACT-B", "Alpha"), ("ACT-C", "Mu"), ("ACT-D", "Beta"), ("ACT-E", "Kappa"), ("ACT-F", "Eta") })
        {
            graph.Actor(id, name, "COMPANY").Participates(id, "ALL-1", "PARTNER").Participates(id, id == "ACT-A" ? "ALL-2" : "ALL-1", "FUNDER");
        }

        return graph;
    }

    private static async Task<ConnectionResult> Read(ConnectionQuery query) =>
        (await Store.ReadAsync(Collection(query), CancellationToken.None)).Get<ConnectionResult>("items")!;

    /// <summary>Everything of a page but the cursors.</summary>
    private static string Shape(ConnectionResult page) =>
        $"{page.TotalCount} {page.HasPreviousPage} {page.HasNextPage} " +
        string.Join(",", page.Edges.Select(e => e.Node.Id + string.Concat(e.EdgeProperties.Select(p => $";{p.Key}={p.Value}"))));
}
