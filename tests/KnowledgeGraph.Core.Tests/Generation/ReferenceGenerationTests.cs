using KnowledgeGraph.Core.Generation;
using KnowledgeGraph.Core.Tests.Seed;

namespace KnowledgeGraph.Core.Tests.Generation;

/// <summary>Distributions of the reference synthetic set, generated from the repository's curated set.</summary>
public sealed class ReferenceGenerationTests(ReferenceGeneration reference) : IClassFixture<ReferenceGeneration>
{
    private readonly GeneratedGraph _graph = new(reference.Synthetic);

    [Fact]
    public void The_flagship_question_has_answers()
    {
        // Companies that share a SOCIETAL_INNOVATION alliance with an association, the alliance located in Occitanie.
        var parents = GeneratedGraph.Parents(reference.Curated);
        var kinds = _graph.Nodes("Actor").ToDictionary(a => a.Id, a => (string)a.Properties["kind"]);
        var participants = _graph.Incoming("PARTICIPATES_IN");
        var located = _graph.Outgoing("LOCATED_IN");
        var alliances = _graph.Nodes("Alliance")
            .Where(a => a.Properties["category"] is "SOCIETAL_INNOVATION")
            .Where(a => located[a.Id].Any(l => GeneratedGraph.AndAncestors(l.EndId, parents).Contains("REG-76")))
            .Where(a => participants[a.Id].Any(p => kinds[p.StartId] == "ASSOCIATION"));
        var companies = alliances.SelectMany(a => participants[a.Id]).Where(p => kinds[p.StartId] == "COMPANY").Select(p => p.StartId).Distinct().ToList();

        Assert.True(companies.Count >= 5, $"only {companies.Count} companies answer the flagship question");
    }

    [Fact]
    public void Actor_counts_and_kinds_are_realistic()
    {
        var actors = _graph.Nodes("Actor").ToList();
        Assert.InRange(actors.Count, 1500, 2500);
        Assert.Equal(7, actors.Select(a => a.Properties["kind"]).Distinct().Count());

        var sizes = actors.Where(a => a.Properties["kind"] is "COMPANY").Select(a => (string)a.Properties["size"]).ToList();
        Assert.True(sizes.Count(s => s is "MICRO" or "SMALL_MEDIUM") > sizes.Count * 0.7);
        Assert.True(sizes.Count(s => s == "LARGE") < sizes.Count * 0.1);

        var associations = actors.Where(a => a.Properties["kind"] is "ASSOCIATION").ToList();
        Assert.InRange(associations.Count(a => a.Properties["employer"] is true), associations.Count * 0.05, associations.Count * 0.16);
        Assert.All(associations, a => Assert.True(a.Properties.ContainsKey("economicModel")));
    }

    [Fact]
    public void Categories_follow_30_25_25_20()
    {
        var byCategory = _graph.Nodes("Alliance").CountBy(a => (string)a.Properties["category"]).ToDictionary();

        Assert.InRange(byCategory["RESPONSIBLE_PRACTICES"], 160, 230);
        Assert.InRange(byCategory["ECONOMIC_COOPERATION"], 125, 200);
        Assert.InRange(byCategory["SOCIETAL_INNOVATION"], 125, 200);
        Assert.InRange(byCategory["PATRONAGE"], 95, 165);
    }

    [Fact]
    public void Regions_are_weighted_by_population()
    {
        var parents = GeneratedGraph.Parents(reference.Curated);
        var regionOf = _graph.Outgoing("LOCATED_IN");
        var byRegion = _graph.Nodes("Alliance")
            .CountBy(a => GeneratedGraph.AndAncestors(regionOf[a.Id].First().EndId, parents).First(t => t.StartsWith("REG-", StringComparison.Ordinal)))
            .ToDictionary();

        Assert.Equal("REG-11", byRegion.MaxBy(r => r.Value).Key);
        Assert.True(byRegion["REG-76"] > byRegion.GetValueOrDefault("REG-94") * 3);
    }

    [Fact]
    public void Most_alliances_join_a_company_and_an_association()
    {
        var kinds = _graph.Nodes("Actor").ToDictionary(a => a.Id, a => (string)a.Properties["kind"]);
        var participants = _graph.Incoming("PARTICIPATES_IN");
        var mixed = _graph.Nodes("Alliance").Count(a =>
            participants[a.Id].Any(p => kinds[p.StartId] == "COMPANY") && participants[a.Id].Any(p => kinds[p.StartId] == "ASSOCIATION"));

        Assert.True(mixed > 650 * 0.75, $"{mixed} mixed alliances");
    }

    [Fact]
    public void Targets_17_17_and_17_16_lead()
    {
        var byTarget = _graph.Relationships("CONTRIBUTES_TO").Where(r => r.EndId.StartsWith("SDG-17.", StringComparison.Ordinal))
            .CountBy(r => r.EndId).OrderByDescending(t => t.Value).Select(t => t.Key).Take(2);

        Assert.Equal(["SDG-17.16", "SDG-17.17"], byTarget.Order());
    }

    [Fact]
    public void Generated_relationships_point_to_curated_or_generated_nodes()
    {
        var ids = reference.Curated.Nodes.Concat(reference.Synthetic.Nodes).Select(n => n.Id).ToHashSet();

        Assert.All(reference.Synthetic.Relationships, r => Assert.True(ids.Contains(r.StartId) && ids.Contains(r.EndId), r.Id));
    }

    [Fact]
    public async Task The_committed_synthetic_set_is_what_the_generator_makes()
    {
        var output = Path.Combine(Path.GetTempPath(), "kg-synthetic-" + Guid.NewGuid().ToString("N"));
        try
        {
            await SyntheticSeedSet.GenerateAsync(RepositorySeed.Curated, output, new GenerationOptions(), CancellationToken.None);

            var committed = Files(RepositorySeed.Synthetic);
            Assert.Equal(Files(output).Keys.Order(), committed.Keys.Order());
            Assert.All(Files(output), file => Assert.True(file.Value.AsSpan().SequenceEqual(committed[file.Key]), $"{file.Key} differs: run kg generate"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static Dictionary<string, byte[]> Files(string setDirectory) =>
        Directory.EnumerateFiles(setDirectory, "*.csv", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(setDirectory, f).Replace('\\', '/'), File.ReadAllBytes);
}
