using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Schema.Model.DomainRelationships;

namespace KnowledgeGraph.Core.Tests.Analytics;

/// <summary>
/// A small domain graph with known answers. Territories: FR > REG-76 > DEP-34 > COM-34172; FR > REG-11 > DEP-75.
/// <code>
/// ALL-A1 SOCIETAL_INNOVATION 2015–2018  X Y Z   in COM-34172  DOM-SPORT    → SDG-17.17 (target of SDG-17)
/// ALL-A2 PATRONAGE           2019–      X Y     in DEP-75     DOM-CULTURE  → SDG-17
/// ALL-A3 SOCIETAL_INNOVATION 2020–      Y W     in REG-76     DOM-SPORT
/// ALL-A4 ECONOMIC_COOPERATION (no year) Z       nowhere
/// </code>
/// Actors: X COMPANY based in COM-34172, Y ASSOCIATION in DEP-34, Z FOUNDATION in DEP-75, W LOCAL_AUTHORITY in REG-11.
/// Co-participation weights: X–Y 2, X–Z 1, Y–Z 1, Y–W 1.
/// </summary>
internal static class AllianceWorld
{
    public static TestGraph Graph() => TestGraph.France()
        .Actor("ACT-X", "Xylo Industries", "COMPANY").Based("ACT-X", "COM-34172")
        .Actor("ACT-Y", "Yoga pour tous", "ASSOCIATION").Based("ACT-Y", "DEP-34")
        .Actor("ACT-Z", "Fondation Zéphyr", "FOUNDATION").Based("ACT-Z", "DEP-75")
        .Actor("ACT-W", "Ville de W", "LOCAL_AUTHORITY").Based("ACT-W", "REG-11")
        .Node(Domain, "DOM-SPORT", ("name", "Sport"))
        .Node(Domain, "DOM-CULTURE", ("name", "Culture"))
        .Node(Sdg, "SDG-17", ("number", 17), ("name", "Partnerships for the goals"))
        .Node(SdgTarget, "SDG-17.17", ("code", "17.17"), ("title", "Encourage effective partnerships"))
        .Link(TargetOf, "SDG-17.17", "SDG-17")
        .Alliance("ALL-A1", "Alliance one", "SOCIETAL_INNOVATION", ("startYear", 2015), ("endYear", 2018))
        .Participates("ACT-X", "ALL-A1", "FUNDER").Participates("ACT-Y", "ALL-A1", "OPERATOR").Participates("ACT-Z", "ALL-A1", "PARTNER")
        .Located("ALL-A1", "COM-34172").Link(ActsIn, "ALL-A1", "DOM-SPORT").Link(ContributesToTarget, "ALL-A1", "SDG-17.17")
        .Alliance("ALL-A2", "Alliance two", "PATRONAGE", ("startYear", 2019))
        .Participates("ACT-X", "ALL-A2", "FUNDER").Participates("ACT-Y", "ALL-A2", "OPERATOR")
        .Located("ALL-A2", "DEP-75").Link(ActsIn, "ALL-A2", "DOM-CULTURE").Link(ContributesToSdg, "ALL-A2", "SDG-17")
        .Alliance("ALL-A3", "Alliance three", "SOCIETAL_INNOVATION", ("startYear", 2020))
        .Participates("ACT-Y", "ALL-A3", "INITIATOR").Participates("ACT-W", "ALL-A3", "PARTNER")
        .Located("ALL-A3", "REG-76").Link(ActsIn, "ALL-A3", "DOM-SPORT")
        .Alliance("ALL-A4", "Alliance four", "ECONOMIC_COOPERATION")
        .Participates("ACT-Z", "ALL-A4", "INITIATOR");

    public static GraphData Data() => Graph().Build();

    public static KnowledgeGraph.Core.Analytics.GraphView View() => KnowledgeGraph.Core.Analytics.GraphView.Build(Data());
}
