namespace KnowledgeGraph.Core.Seed;

/// <summary>Seed loading stopped: nothing of it may be served. Carries every problem found.</summary>
public sealed class SeedValidationException(IReadOnlyList<SeedError> errors)
    : Exception($"The seed data is invalid ({errors.Count} problem(s)):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}
