using System.Diagnostics;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;

namespace KnowledgeGraph.Core.Generation;

/// <summary>What <see cref="SyntheticSeedSet.GenerateAsync"/> produced, and how long each step took.</summary>
public sealed record SyntheticSeedSetResult(GraphData Data, TimeSpan Loading, TimeSpan Generating, TimeSpan Writing);

/// <summary>The whole <c>kg generate</c> pipeline: load the curated set, generate, write the synthetic set folder.</summary>
public static class SyntheticSeedSet
{
    public static async Task<SyntheticSeedSetResult> GenerateAsync(string curatedDirectory, string outputDirectory,
        GenerationOptions options, CancellationToken cancellationToken)
    {
        var schema = KnowledgeGraphSchema.Instance;
        var stopwatch = Stopwatch.StartNew();
        var curated = await new SeedLoader(schema).LoadAsync([curatedDirectory], cancellationToken);
        var loading = stopwatch.Elapsed;
        var data = SyntheticGenerator.Generate(curated, options);
        var generating = stopwatch.Elapsed - loading;
        await new SeedSetWriter(schema).WriteAsync(data, outputDirectory, cancellationToken);
        return new SyntheticSeedSetResult(data, loading, generating, stopwatch.Elapsed - loading - generating);
    }
}
