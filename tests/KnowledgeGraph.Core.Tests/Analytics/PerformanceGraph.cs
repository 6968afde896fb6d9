using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Schema.Model.DomainRelationships;

namespace KnowledgeGraph.Core.Tests.Analytics;

/// <summary>
/// A random graph of the 1x reference size (3,000 actors, 650 alliances of 3–12 participants with a few hub actors,
/// 350 networks, ~15k relationships), fixed seed. Built here rather than by the seed generator so that the timing
/// tests do not depend on another component.
/// </summary>
internal static class PerformanceGraph
{
    public const int Actors = 3000;
    public const int Alliances = 650;
    public const int Networks = 350;

    public static readonly Lazy<GraphView> View = new(() => GraphView.Build(Build().Build()));

    private static TestGraph Build()
    {
        var random = new Random(20181201);
        var graph = TestGraph.France();
        var places = new[] { "COM-34172", "DEP-34", "DEP-75", "REG-76", "REG-11" };
        string[] kinds = ["COMPANY", "ASSOCIATION", "FOUNDATION", "LOCAL_AUTHORITY", "PUBLIC_INSTITUTION"];
        graph.Node(Domain, "DOM-SPORT", ("name", "Sport")).Node(Domain, "DOM-CULTURE", ("name", "Culture"));
        for (var a = 0; a < Actors; a++)
        {
            graph.Actor(ActorId(a), $"Actor {a}", kinds[random.Next(kinds.Length)]).Based(ActorId(a), places[random.Next(places.Length)]);
        }

        for (var i = 0; i < Alliances; i++)
        {
            var id = $"ALL-{i:D4}";
            graph.Alliance(id, $"Alliance {i}", "PATRONAGE", ("startYear", 2010 + random.Next(12)))
                .Located(id, places[random.Next(places.Length)])
                .Link(ActsIn, id, random.Next(2) == 0 ? "DOM-SPORT" : "DOM-CULTURE");
            foreach (var actor in Pick(random, 3 + random.Next(10)))
            {
                graph.Participates(ActorId(actor), id, "PARTNER");
            }
        }

        for (var n = 0; n < Networks; n++)
        {
            var id = $"NET-{n:D4}";
            graph.Node(Network, id, ("name", $"Network {n}"), ("kind", "TERRITORIAL_ECOSYSTEM"));
            foreach (var actor in Pick(random, 5 + random.Next(20)))
            {
                graph.Link(MemberOf, ActorId(actor), id);
            }
        }

        return graph;
    }

    private static string ActorId(int index) => $"ACT-{index:D5}";

    // Skewed towards low indices: a few actors take part in many alliances, as hubs do.
    private static IEnumerable<int> Pick(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => (int)(Actors * Math.Pow(random.NextDouble(), 2.5))).Distinct();
}
