using KnowledgeGraph.Core.Generation;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Tests.Seed;

namespace KnowledgeGraph.Core.Tests.Generation;

/// <summary>The repository's curated set and what the generator makes of it at scale 1 with the default seed (built once per class).</summary>
public sealed class ReferenceGeneration
{
    public ReferenceGeneration()
    {
        Curated = new SeedLoader(KnowledgeGraphSchema.Instance)
            .LoadAsync([RepositorySeed.Curated], CancellationToken.None).GetAwaiter().GetResult();
        Synthetic = SyntheticGenerator.Generate(Curated, new GenerationOptions());
    }

    public GraphData Curated { get; }

    public GraphData Synthetic { get; }
}
