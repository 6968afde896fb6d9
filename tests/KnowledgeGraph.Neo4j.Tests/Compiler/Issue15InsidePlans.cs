using KnowledgeGraph.Core.Plan;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Neo4j.Tests.Compiler;

/// <summary>Plans of the selections read inside a territory (<see cref="RelationshipSelection.Inside"/>): listed, counted, aggregated, filtered, ordered, paged, nested.</summary>
public static class Issue15InsidePlans
{
    public static IEnumerable<(string Name, ReadPlan Plan)> All(string text)
    {
        var levels = new AggregateRequest([], [Actor.Property("kind")]);
        yield return ("inside-nested", Collection(Query(Territory, where: Within("REG-76"), projection: AllProperties(Territory,
            Inside(Select(Territory, "alliances", Query(Alliance, where: And(Prop(Alliance, "name", Contains, text),
                    Rel(Alliance, "territories", Quantifier.Some, Within("REG-76"))), order: [Desc(Alliance, "startYear")],
                page: new PageRequest(First: 3), totalCount: true,
                projection: AllProperties(Alliance, Select(Alliance, "territories"))))),
            Inside(Select(Territory, "actors", Query(Actor, page: new PageRequest(First: 0), totalCount: true) with { Aggregate = levels }, key: "actorKinds")),
            Inside(Select(Territory, "catalysts", Query(Catalyst, page: new PageRequest(Last: 2)))),
            Inside(Select(Territory, "networks", Query(Network, order: [Asc(Network, "name")]))),
            Inside(Select(Territory, "findings", Query(Finding, page: new PageRequest(First: 0), totalCount: true))),
            Select(Territory, "alliances", key: "direct")))));
        yield return ("inside-node", new ReadPlan([new NodeByIdRead("node", "REG-02", new Dictionary<Core.Schema.LabelDef, NodeProjection>
        {
            [Territory] = AllProperties(Territory, Inside(Select(Territory, "alliances", Query(Alliance, where: Prop(Alliance, "name", StartsWith, text), totalCount: true,
                projection: AllProperties(Alliance, Select(Alliance, "territories", Query(Territory,
                    projection: AllProperties(Territory, Inside(Select(Territory, "actors")))))))))),
        })]));
    }

    public static RelationshipSelection Inside(RelationshipSelection selection) => selection with { Inside = true };
}
