using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Generation;
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

    /// <summary>
    /// The reference data at scale 1; at a larger scale, the curated data with the synthetic set generated at that
    /// scale, as <c>kg generate --scale N</c> makes it.
    /// </summary>
    public static GraphData AtScale(int scale)
    {
        if (scale == 1)
            return Data;
        var root = SeedDirectoryLocator.Locate(null, Directory.GetCurrentDirectory());
        var curated = new SeedLoader(Schema).LoadAsync([Path.Combine(root, "curated")], CancellationToken.None).GetAwaiter().GetResult();
        var synthetic = SyntheticGenerator.Generate(curated, new GenerationOptions(scale));
        return new GraphData([.. curated.Nodes, .. synthetic.Nodes], [.. curated.Relationships, .. synthetic.Relationships]);
    }

    private static GraphData Load()
    {
        var root = SeedDirectoryLocator.Locate(Environment.GetEnvironmentVariable("KG_SEED_DIRECTORY"), Directory.GetCurrentDirectory());
        var sets = SeedLoader.DefaultSets(root).Where(Directory.Exists).ToList();
        return new SeedLoader(Schema).LoadAsync(sets, CancellationToken.None).GetAwaiter().GetResult();
    }
}
