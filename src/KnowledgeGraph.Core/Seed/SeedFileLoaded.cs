namespace KnowledgeGraph.Core.Seed;

/// <summary>
/// One seed file read by <see cref="SeedLoader"/>: its path as reported in errors, whether it holds relationships,
/// the index of its first record in the loaded graph's node (or relationship) list, how many valid records it added,
/// and how many problems the load has found so far.
/// </summary>
public sealed record SeedFileLoaded(string File, bool Relationships, int FirstIndex, int Records, int ProblemsSoFar);
