using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// The reference data (graph-seed/: curated + synthetic at scale 1), loaded once per benchmark process the way the
/// service loads it. <c>KG_SEED_DIRECTORY</c> points at another seed root (e.g. a 10x set).
/// </summary>
public static class ReferenceGraph
{
    private static readonly Lazy<GraphData> LazyData = new(Load);
    private static readonly Lazy<EmbeddedGraphStore> LazyStore = new(() => new EmbeddedGraphStore(Schema, LazyData.Value));

    public static GraphSchema Schema => KnowledgeGraphSchema.Instance;

    public static GraphData Data => LazyData.Value;

    public static EmbeddedGraphStore Store => LazyStore.Value;

    private static GraphData Load()
    {
        var root = SeedDirectoryLocator.Locate(Environment.GetEnvironmentVariable("KG_SEED_DIRECTORY"), Directory.GetCurrentDirectory());
        var sets = SeedLoader.DefaultSets(root).Where(Directory.Exists).ToList();
        return new SeedLoader(Schema).LoadAsync(sets, CancellationToken.None).GetAwaiter().GetResult();
    }
}
