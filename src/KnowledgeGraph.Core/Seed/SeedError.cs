namespace KnowledgeGraph.Core.Seed;

/// <summary>One problem in a seed file, located by file (relative to the seed root) and 1-based line.</summary>
public sealed record SeedError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
