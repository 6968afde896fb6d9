using KnowledgeGraph.Core.Plan;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Plan.SortDirection;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Neo4j.Tests.Compiler;

/// <summary>Plans of the constructs beyond the anchors: count filters, sorting through relationships, aggregates, count-only connections.</summary>
public static class Issue9Plans
{
    public static IEnumerable<(string Name, ReadPlan Plan)> All(string text)
    {
        var participants = Field(Alliance, "participants");
        var aggregate = new AggregateRequest([Alliance.Property("startYear")], [Alliance.Property("category"), Alliance.Property("objectives")]);
        yield return ("count-filter", Collection(Query(Alliance, where: Count(Alliance, "participants", Prop(Actor, "name", Contains, text),
            EdgeProp(participants, "role", Eq, "FUNDER"), (Gte, 3), (Lt, 10), (Neq, 5)))));
        yield return ("count-filter-bare-nested", Collection(Query(Actor, where: Not(Rel(Actor, "alliances", Quantifier.Some,
            Count(Alliance, "territories", null, null, (Eq, 0)))))));
        var byTerritory = new[] { ByRelated(Alliance, "territories", "name"), ByCount(Alliance, "participants", Descending) };
        yield return ("order-related-count-paged", Collection(Query(Alliance, order: byTerritory, totalCount: true,
            page: new PageRequest(First: 2, After: SamplePlans.Cursor(Alliance, byTerritory, [text, 3.0], "ALL-A"))) with { Aggregate = aggregate }));
        yield return ("order-related-desc-before", Collection(Query(Alliance, order: [ByRelated(Alliance, "territories", "name", Descending)],
            page: new PageRequest(Last: 2, Before: SamplePlans.Cursor(Alliance, [ByRelated(Alliance, "territories", "name", Descending)], [null], "ALL-A")))));
        yield return ("count-only", Collection(Query(Alliance, where: Prop(Alliance, "name", Contains, text), page: new PageRequest(First: 0),
            totalCount: true) with { Aggregate = aggregate }));
        yield return ("nested-aggregate-and-order", Collection(Query(Actor, projection: AllProperties(Actor,
            Select(Actor, "alliances", Query(Alliance, order: [ByCount(Alliance, "participants", Descending)], totalCount: true) with { Aggregate = aggregate }),
            Select(Actor, "networks", Query(Network, page: new PageRequest(First: 0), totalCount: true), key: "networkCount"),
            Select(Actor, "territories", Query(Territory, page: new PageRequest(First: 0)) with { Aggregate = new AggregateRequest([], [Territory.Property("level")]) },
                key: "territoryLevels")))));
    }
}
