using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Embedded;

/// <summary>One 100x graph shared by the tests of this class (built once: about 100k nodes, 400k relationships). Timings live in the benchmarks.</summary>
public sealed class ScaledGraphFixture
{
    public ScaledGraphFixture()
    {
        Data = ScaledTestGraph.Build(scale: 100).Build();
        Store = new EmbeddedGraphStore(TestGraph.Schema, Data);
    }

    public GraphData Data { get; }

    public EmbeddedGraphStore Store { get; }
}

public sealed class EmbeddedStoreScaleTests(ScaledGraphFixture fixture) : IClassFixture<ScaledGraphFixture>
{
    private static Filter FlagshipAllianceFilter() => And(
        Prop(Alliance, "category", Eq, "SOCIETAL_INNOVATION"),
        Rel(Alliance, "territories", Quantifier.Some, Within("REG-76")),
        Rel(Alliance, "participants", Quantifier.Some, Prop(Actor, "kind", Eq, "ASSOCIATION")));

    /// <summary>The flagship GraphQL example as a plan: the filter, order by name, total count, nested alliances.</summary>
    private static ReadPlan FlagshipPlan()
    {
        var territories = Select(Alliance, "territories", Query(Territory));
        var participants = Select(Alliance, "participants", Query(Actor, where: Prop(Actor, "kind", Eq, "ASSOCIATION")));
        var alliances = Select(Actor, "alliances",
            Query(Alliance, where: FlagshipAllianceFilter(), projection: AllProperties(Alliance, territories, participants)), edgeProperties: "role");
        return Collection(Query(Actor,
            where: And(Prop(Actor, "kind", Eq, "COMPANY"), Rel(Actor, "alliances", Quantifier.Some, FlagshipAllianceFilter())),
            order: [Asc(Actor, "name")],
            page: new PageRequest(First: 50),
            totalCount: true,
            projection: AllProperties(Actor, alliances)));
    }

    [Fact]
    public async Task Flagship_plan_at_100x_agrees_with_a_brute_force_count()
    {
        var result = (await fixture.Store.ReadAsync(FlagshipPlan(), CancellationToken.None)).Get<ConnectionResult>("items")!;

        Assert.True(result.TotalCount > 0);
        Assert.Equal(BruteForceFlagshipCount(fixture.Data), result.TotalCount);
        Assert.Equal(50, result.Edges.Count);
    }

    [Fact]
    public async Task Two_sorted_pages_over_a_large_label_are_disjoint_and_in_order()
    {
        var query = Query(Alliance, order: [Desc(Alliance, "startYear"), Asc(Alliance, "name")], page: new PageRequest(First: 100), totalCount: true);
        var first = (await fixture.Store.ReadAsync(Collection(query), CancellationToken.None)).Get<ConnectionResult>("items")!;
        var second = (await fixture.Store.ReadAsync(Collection(query with { Page = new PageRequest(First: 100, After: first.EndCursor) }), CancellationToken.None))
            .Get<ConnectionResult>("items")!;

        var years = first.Edges.Concat(second.Edges).Select(e => e.Node.Properties.GetValueOrDefault("startYear") is { } year ? Convert.ToDouble(year, System.Globalization.CultureInfo.InvariantCulture) : double.MinValue).ToList();
        Assert.Equal(200, first.Edges.Concat(second.Edges).Select(e => e.Node.Id).Distinct().Count());
        Assert.Equal(years.OrderByDescending(y => y), years);
    }

    private static long BruteForceFlagshipCount(GraphData data)
    {
        var nodes = data.Nodes.ToDictionary(n => n.Id);
        var parent = data.Relationships.Where(r => r.Definition == DomainRelationships.PartOf).ToDictionary(r => r.StartId, r => r.EndId);
        bool InOccitanie(string territory)
        {
            for (string? t = territory; t is not null; t = parent.GetValueOrDefault(t))
            {
                if (t == "REG-76")
                {
                    return true;
                }
            }

            return false;
        }

        var participants = data.Relationships.Where(r => r.Definition == DomainRelationships.ParticipatesIn).ToLookup(r => r.EndId, r => r.StartId);
        var located = data.Relationships.Where(r => r.Definition == DomainRelationships.LocatedIn).ToLookup(r => r.StartId, r => r.EndId);
        var qualifying = data.Nodes
            .Where(n => n.Label == Alliance && (string)n.Properties["category"] == "SOCIETAL_INNOVATION")
            .Where(n => located[n.Id].Any(InOccitanie) && participants[n.Id].Any(a => (string)nodes[a].Properties["kind"] == "ASSOCIATION"))
            .Select(n => n.Id)
            .ToHashSet();
        return data.Relationships
            .Where(r => r.Definition == DomainRelationships.ParticipatesIn && qualifying.Contains(r.EndId) && (string)nodes[r.StartId].Properties["kind"] == "COMPANY")
            .Select(r => r.StartId)
            .Distinct()
            .LongCount();
    }
}
