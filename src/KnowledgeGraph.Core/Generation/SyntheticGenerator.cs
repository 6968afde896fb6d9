using KnowledgeGraph.Core.Generation.Vocabulary;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Generation;

/// <summary>
/// Generates the SYNTHETIC seed set from the curated graph: alliances first (creating the actors they need), then
/// territorial ecosystems with their catalysts and members. The same curated data, scale and seed always give the
/// same graph.
/// </summary>
public static class SyntheticGenerator
{
    public static GraphData Generate(GraphData curated, GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Scale, 1);

        var reference = CuratedReference.From(curated);
        var random = new DeterministicRandom(options.Seed);
        var graph = new GraphBuilder();
        var regions = new Weighted<RegionInfo>(reference.Regions.Select(r => (r, RegionFacts.Population(r.Id))).ToArray());
        var actors = new ActorFactory(graph, random, reference.Domains);
        var allianceFactory = new AllianceFactory(graph, random, reference, regions, actors);
        var alliances = new AllianceIndex();
        for (var i = 1; i <= options.Alliances; i++)
        {
            alliances.Add(allianceFactory.Create(i));
        }

        var ecosystems = new EcosystemFactory(graph, random, regions, actors, alliances);
        for (var i = 1; i <= options.Ecosystems; i++)
        {
            ecosystems.Create(i);
        }

        return graph.Build();
    }
}
