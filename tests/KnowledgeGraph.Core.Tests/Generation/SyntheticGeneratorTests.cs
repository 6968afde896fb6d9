using KnowledgeGraph.Core.Generation;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Tests.Generation;

/// <summary>Structural guarantees of the generator, on a tiny curated graph built in memory.</summary>
public sealed class SyntheticGeneratorTests
{
    private static readonly GeneratedGraph Graph = new(SyntheticGenerator.Generate(TinyCurated.Create(), new GenerationOptions()));

    [Fact]
    public void Scale_1_has_the_reference_counts()
    {
        Assert.Equal(650, Graph.Nodes("Alliance").Count());
        Assert.Equal(350, Graph.Nodes("Network").Count(n => n.Properties["kind"] is "TERRITORIAL_ECOSYSTEM"));
        Assert.Equal(350, Graph.Nodes("Catalyst").Count());
    }

    [Fact]
    public void Scale_multiplies_alliances_and_ecosystems()
    {
        var graph = new GeneratedGraph(SyntheticGenerator.Generate(TinyCurated.Create(), new GenerationOptions(Scale: 3)));

        Assert.Equal(1950, graph.Nodes("Alliance").Count());
        Assert.Equal(1050, graph.Nodes("Network").Count());
        Assert.True(graph.Nodes("Actor").Count() > Graph.Nodes("Actor").Count());
    }

    [Fact]
    public void Every_alliance_has_participants_one_initiator_a_territory_a_field_and_sdg_17()
    {
        var participants = Graph.Incoming("PARTICIPATES_IN");
        var located = Graph.Outgoing("LOCATED_IN");
        var fields = Graph.Outgoing("ACTS_IN");
        var contributes = Graph.Outgoing("CONTRIBUTES_TO");
        foreach (var alliance in Graph.Nodes("Alliance"))
        {
            Assert.True(participants[alliance.Id].Count() >= 2, alliance.Id);
            Assert.Single(participants[alliance.Id], p => p.Properties["role"] is "INITIATOR");
            Assert.NotEmpty(located[alliance.Id]);
            Assert.InRange(fields[alliance.Id].Count(), 1, 3);
            Assert.Contains(contributes[alliance.Id], c => c.EndId == "SDG-17");
            Assert.InRange(contributes[alliance.Id].Count(c => c.EndId.StartsWith("SDG-17.", StringComparison.Ordinal)), 1, 3);
            Assert.InRange((long)alliance.Properties["startYear"], 2008, 2022);
        }
    }

    [Fact]
    public void Every_ecosystem_covers_a_territory_and_is_animated_by_a_catalyst_active_there()
    {
        var animates = Graph.Incoming("ANIMATES");
        var covers = Graph.Outgoing("COVERS");
        var activeIn = Graph.Outgoing("ACTIVE_IN");
        foreach (var network in Graph.Nodes("Network"))
        {
            var territory = Assert.Single(covers[network.Id]).EndId;
            var catalyst = Assert.Single(animates[network.Id]).StartId;
            Assert.Equal(territory, Assert.Single(activeIn[catalyst]).EndId);
        }
    }

    [Fact]
    public void Every_node_is_synthetic_with_an_id_of_its_label()
    {
        Assert.All(Graph.Data.Nodes, n =>
        {
            Assert.Equal("SYNTHETIC", n.Properties["source"]);
            Assert.True(n.Label.IsValidId(n.Id), n.Id);
        });
        Assert.Equal(Graph.Data.Nodes.Count, Graph.Data.Nodes.Select(n => n.Id).Distinct().Count());
    }

    [Fact]
    public void Every_actor_is_based_in_one_territory()
    {
        var basedIn = Graph.Outgoing("BASED_IN");

        Assert.All(Graph.Nodes("Actor"), a => Assert.Single(basedIn[a.Id]));
    }

    [Fact]
    public void No_actor_joins_an_alliance_or_a_network_before_it_was_founded()
    {
        var founded = Graph.Nodes("Actor").Where(a => a.Properties.ContainsKey("foundedYear"))
            .ToDictionary(a => a.Id, a => (long)a.Properties["foundedYear"]);
        var joins = Graph.Relationships("PARTICIPATES_IN").Concat(Graph.Relationships("MEMBER_OF")).ToList();

        Assert.NotEmpty(joins);
        Assert.All(joins, j => Assert.True((long)j.Properties["since"] >= founded.GetValueOrDefault(j.StartId), j.Id));
    }

    [Fact]
    public void The_same_seed_gives_the_same_graph_and_another_seed_another()
    {
        var again = SyntheticGenerator.Generate(TinyCurated.Create(), new GenerationOptions());
        var other = SyntheticGenerator.Generate(TinyCurated.Create(), new GenerationOptions(Seed: 7));

        Assert.Equal(Fingerprint(Graph.Data), Fingerprint(again));
        Assert.NotEqual(Fingerprint(Graph.Data), Fingerprint(other));
    }

    [Fact]
    public void Missing_curated_data_is_named()
    {
        var exception = Assert.Throws<CuratedDataMissingException>(
            () => SyntheticGenerator.Generate(TinyCurated.Create(withTargets: false, withDomains: false), new GenerationOptions()));

        Assert.Equal(["no Domain (Domain.csv)", "no SdgTarget SDG-17.16 (SdgTarget.csv)", "no SdgTarget SDG-17.17 (SdgTarget.csv)"], exception.Missing);
    }

    [Fact]
    public void An_empty_curated_graph_is_refused()
    {
        var exception = Assert.Throws<CuratedDataMissingException>(
            () => SyntheticGenerator.Generate(Core.Graph.GraphData.Empty, new GenerationOptions()));

        Assert.Contains(exception.Missing, m => m.StartsWith("no REGION territory", StringComparison.Ordinal));
        Assert.Contains("no Sdg SDG-17 (Sdg.csv)", exception.Missing);
    }

    private static string Fingerprint(Core.Graph.GraphData data) => string.Join('\n',
        data.Nodes.Select(n => n.Id + ":" + string.Join('|', n.Properties.OrderBy(p => p.Key).Select(p => $"{p.Key}={Text(p.Value)}")))
            .Concat(data.Relationships.Select(r => r.Id + ":" + string.Join('|', r.Properties.Select(p => $"{p.Key}={Text(p.Value)}")))));

    private static string Text(object value) => value is IReadOnlyList<string> list ? string.Join(';', list) : value.ToString()!;
}
