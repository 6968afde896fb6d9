namespace KnowledgeGraph.Core.Results;

/// <summary>
/// The answer to a <see cref="Plan.ReadPlan"/>, by root key: a <see cref="ConnectionResult"/> for a collection,
/// a <see cref="NodeResult"/> or null for <c>node</c>, an IReadOnlyList&lt;SearchHit&gt; for <c>search</c>.
/// </summary>
public sealed record ReadResult(IReadOnlyDictionary<string, object?> Roots)
{
    public T? Get<T>(string key) where T : class => Roots.TryGetValue(key, out var value) ? value as T : null;
}
