using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;

namespace KnowledgeGraph.Core.Tests.Seed;

public sealed class RepositorySeedLoadTests
{
    [Fact]
    public async Task The_committed_seed_sets_load_without_errors()
    {
        var data = await new SeedLoader(KnowledgeGraphSchema.Instance).LoadAsync(SeedLoader.DefaultSets(RepositorySeed.SeedRoot), CancellationToken.None);

        Assert.Contains(data.Nodes, n => n.Properties["source"] is "CURATED");
        Assert.Contains(data.Nodes, n => n.Properties["source"] is "SYNTHETIC");
        Assert.Equal(data.Nodes.Count, data.Nodes.Select(n => n.Id).Distinct().Count());
    }
}
