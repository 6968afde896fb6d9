namespace KnowledgeGraph.Core.Seed;

/// <summary>Seed loading stopped: nothing of it may be served. Carries every problem found (up to the cap).</summary>
public sealed class SeedValidationException(IReadOnlyList<SeedError> errors, int total)
    : Exception($"The seed data is invalid ({total} problem(s)):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public SeedValidationException(IReadOnlyList<SeedError> errors)
        : this(errors, errors.Count)
    {
    }

    public IReadOnlyList<SeedError> Errors { get; } = errors;

    /// <summary>How many problems were found: more than <see cref="Errors"/> holds when the load counted past the cap.</summary>
    public int Total { get; } = total;
}
