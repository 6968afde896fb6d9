using KnowledgeGraph.Core.Embedded.Query;
using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Embedded;

/// <summary>What the planner takes out of a root filter: the candidate rows it reads from indexes and the residual it leaves.</summary>
public sealed class CandidatePlannerTests(IndexedFilterGraph fixture) : IClassFixture<IndexedFilterGraph>
{
    private readonly GraphIndex _graph = GraphIndexBuilder.Build(TestGraph.Schema, fixture.Data);

    [Fact]
    public void The_flagship_filter_becomes_candidate_rows_with_nothing_left_to_test()
    {
        var filter = And(Prop(Actor, "kind", Eq, "COMPANY"), Rel(Actor, "alliances", Quantifier.Some, And(
            Prop(Alliance, "category", Eq, "SOCIETAL_INNOVATION"),
            Rel(Alliance, "territories", Quantifier.Some, Within("REG-76")))));
        var actors = _graph.Table(Actor);

        var (rows, residual) = Planner().Plan(filter, actors);

        Assert.Null(residual);
        Assert.Equal(BruteForce(filter), rows!.Select(r => _graph.Ids[actors.Start + r]));
    }

    [Fact]
    public void Eq_and_in_are_read_from_the_index_and_the_rest_stays()
    {
        var rest = Prop(Actor, "size", Neq, "MICRO");
        var filter = And(Prop(Actor, "kind", In, new object?[] { "COMPANY", "RESEARCH", null }), rest);
        var actors = _graph.Table(Actor);

        var (rows, residual) = Planner().Plan(filter, actors);

        Assert.Same(rest, residual);
        var expected = fixture.Data.Nodes.Where(n => n.Label == Actor && (string)n.Properties["kind"] is "COMPANY" or "RESEARCH")
            .Select(n => n.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, rows!.Select(r => _graph.Ids[actors.Start + r]));
    }

    [Theory]
    [InlineData(Neq, "COMPANY")]
    [InlineData(Nin, null)]
    [InlineData(Eq, null)]
    public void Neq_nin_and_null_eq_are_not_indexed(ComparisonOperator op, string? value)
    {
        Filter filter = Prop(Actor, "kind", op, op == Nin ? new object?[] { "COMPANY" } : value);

        var (rows, residual) = Planner().Plan(filter, _graph.Table(Actor));

        Assert.Null(rows);
        Assert.Same(filter, residual);
    }

    [Fact]
    public void The_equality_indexes_hold_one_entry_per_present_enum_value()
    {
        var present = fixture.Data.Nodes.Sum(n => n.Label.Properties.Count(p =>
            p is { Kind: Core.Schema.ValueKind.Enum, IsList: false } && n.Properties.ContainsKey(p.Name)));

        Assert.Equal(present, fixture.Indexed.EqualityIndexSize.Entries);
    }

    private CandidatePlanner Planner() => new(_graph, new FilterCompiler(_graph, CancellationToken.None), CancellationToken.None);

    private List<string> BruteForce(Filter filter)
    {
        var predicate = new FilterCompiler(_graph, CancellationToken.None).Compile(filter, FilterScope.Of(_graph.Table(Actor)))!;
        var actors = _graph.Table(Actor);
        return [.. Enumerable.Range(actors.Start, actors.Count).Where(predicate).Select(n => _graph.Ids[n])];
    }
}
