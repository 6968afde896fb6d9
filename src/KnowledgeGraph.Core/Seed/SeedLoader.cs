using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed;

/// <summary>Reads and validates seed sets (folders of CSV files) into one <see cref="GraphData"/>.</summary>
public sealed class SeedLoader(GraphSchema schema)
{
    /// <summary>The seed sets under a graph-seed root that the service loads by default: curated, then synthetic.</summary>
    public static IReadOnlyList<string> DefaultSets(string seedRoot) =>
        [Path.Combine(seedRoot, "curated"), Path.Combine(seedRoot, "synthetic")];

    /// <summary>Loads the sets together (ids must be unique across them). Throws <see cref="SeedValidationException"/>.</summary>
    public Task<GraphData> LoadAsync(IReadOnlyList<string> seedSetDirectories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        throw new NotImplementedException("Being written.");
    }
}
