using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.TestGraphs;

namespace KnowledgeGraph.Core.Tests.Embedded;

/// <summary>
/// The scale-1 test graph plus actors and alliances whose optional enums (size, economicModel, phase, scale) are
/// present or missing, loaded twice: with the equality indexes and semi-joins, and with every root filter scanned.
/// </summary>
public sealed class IndexedFilterGraph
{
    private static readonly string[] Kinds = ["COMPANY", "ASSOCIATION", "FOUNDATION", "RESEARCH"];
    private static readonly string[] Sizes = ["MICRO", "SMALL_MEDIUM", "MID_CAP", "LARGE"];
    private static readonly string[] Models = ["GENERAL_INTEREST", "SOCIAL_UTILITY"];
    private static readonly string[] Phases = ["CONCEPTION", "EXPERIMENTATION", "MODELLING"];
    private static readonly string[] Scales = ["LOCAL", "REGIONAL", "NATIONAL"];

    public IndexedFilterGraph()
    {
        var graph = ScaledTestGraph.Build(scale: 1);
        var random = new Random(11);
        for (var k = 0; k < 300; k++)
        {
            var more = new List<(string, object?)> { ("foundedYear", random.Next(4) == 0 ? null : 1950 + random.Next(60)) };
            if (random.Next(3) != 0)
            {
                more.Add(("size", Sizes[random.Next(Sizes.Length)]));
            }

            if (random.Next(2) == 0)
            {
                more.Add(("economicModel", Models[random.Next(Models.Length)]));
            }

            graph.Actor($"ACT-Z{k:D3}", $"Extra {random.Next(50)}", Kinds[random.Next(Kinds.Length)], [.. more]);
        }

        for (var k = 0; k < 200; k++)
        {
            var id = $"ALL-Z{k:D3}";
            graph.Alliance(id, $"Extra alliance {random.Next(40)}", k % 3 == 0 ? "SOCIETAL_INNOVATION" : "PATRONAGE",
                ("phase", random.Next(3) == 0 ? null : Phases[random.Next(Phases.Length)]),
                ("scale", random.Next(2) == 0 ? null : Scales[random.Next(Scales.Length)]));
            graph.Located(id, random.Next(2) == 0 ? "REG-76" : "DEP-34");
            foreach (var actor in Enumerable.Range(0, 1 + random.Next(4)).Select(_ => random.Next(300)).Distinct())
            {
                graph.Participates($"ACT-Z{actor:D3}", id, random.Next(2) == 0 ? "FUNDER" : "PARTNER");
            }
        }

        Data = graph.Build();
        Indexed = new EmbeddedGraphStore(TestGraph.Schema, Data);
        Scanned = new EmbeddedGraphStore(TestGraph.Schema, Data, useIndexes: false);
    }

    public GraphData Data { get; }

    public EmbeddedGraphStore Indexed { get; }

    public EmbeddedGraphStore Scanned { get; }
}
