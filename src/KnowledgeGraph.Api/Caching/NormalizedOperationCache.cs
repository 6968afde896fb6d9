using Microsoft.Extensions.Caching.Memory;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Keeps the normalised operation of each (query text, operation name) seen, so that a repeated request neither parses
/// nor prints its document again. Bounded: an entry weighs its query text plus its canonical text, in characters, and
/// the least used go when the total passes <see cref="SizeLimitChars"/>. Keyed by the exact text, so a normalised
/// form is only ever reused for the very text it was computed from. Documents that do not parse are not kept.
/// </summary>
public sealed class NormalizedOperationCache : IDisposable
{
    /// <summary>Total characters (query texts and canonical texts) the cache may hold, about 8 MB of strings.</summary>
    public const long SizeLimitChars = 4_000_000;

    private readonly MemoryCache operations = new(new MemoryCacheOptions { SizeLimit = SizeLimitChars });

    /// <inheritdoc cref="OperationNormalizer.NormalizeAsync"/>
    public ValueTask<NormalizedOperation?> NormalizeAsync(string query, string? operationName, CancellationToken cancellationToken)
    {
        var key = new OperationKey(query, operationName);
        return operations.TryGetValue(key, out NormalizedOperation? kept)
            ? ValueTask.FromResult(kept)
            : NormalizeAndKeepAsync(key, cancellationToken);
    }

    /// <summary>Whether the normalised form of this text and name is kept (for tests).</summary>
    internal bool Holds(string query, string? operationName) => operations.TryGetValue(new OperationKey(query, operationName), out _);

    public void Dispose() => operations.Dispose();

    private async ValueTask<NormalizedOperation?> NormalizeAndKeepAsync(OperationKey key, CancellationToken cancellationToken)
    {
        var normalized = await OperationNormalizer.NormalizeAsync(key.Query, key.OperationName, cancellationToken);
        if (normalized is not null)
        {
            var size = key.Query.Length + normalized.CanonicalText.Length + (key.OperationName?.Length ?? 0);
            operations.Set(key, normalized, new MemoryCacheEntryOptions { Size = Math.Max(1, size) });
        }
        return normalized;
    }

    private readonly record struct OperationKey(string Query, string? OperationName);
}
