namespace KnowledgeGraph.Core.Seed;

/// <summary>
/// One problem in a seed file, located by file (relative to the seed root) and 1-based line; line 0 means the
/// problem concerns the file or folder as a whole.
/// </summary>
public sealed record SeedError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
