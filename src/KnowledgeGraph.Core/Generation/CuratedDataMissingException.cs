namespace KnowledgeGraph.Core.Generation;

/// <summary>The curated set lacks territories, fields or SDG data the generator builds on.</summary>
public sealed class CuratedDataMissingException(IReadOnlyList<string> missing)
    : Exception("The curated seed set lacks what the synthetic generator needs: " + string.Join("; ", missing) + ".")
{
    public IReadOnlyList<string> Missing { get; } = missing;
}
