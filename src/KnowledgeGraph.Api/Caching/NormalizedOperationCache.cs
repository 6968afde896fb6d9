using System.Collections.Immutable;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Api.Limits.Budget;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Keeps the normalised operation of each (query text, operation name) seen, so that a repeated request neither parses
/// nor prints its document again. Bounded: an entry weighs its query text plus its canonical texts, in characters, and
/// the least used go when the total passes <see cref="SizeLimitChars"/>. Keyed by the exact text, so a normalised
/// form is only ever reused for the very text it was computed from. A text and name are kept from their second
/// sighting on (<see cref="SecondSightAdmission"/>). Documents that do not parse are not kept, and a
/// text over the token budget (<see cref="LimitsOptions.MaxTokens"/>) is not even parsed: it is answered uncached,
/// and the execution refuses it.
/// </summary>
public sealed class NormalizedOperationCache : IDisposable
{
    private readonly int _maxTokens;

    /// <summary>A cache that normalises texts of any size (for tests).</summary>
    public NormalizedOperationCache() : this(int.MaxValue)
    {
    }

    [ActivatorUtilitiesConstructor]
    public NormalizedOperationCache(IOptions<LimitsOptions> limits) : this(limits.Value.MaxTokens)
    {
    }

    private NormalizedOperationCache(int maxTokens) => _maxTokens = maxTokens;

    /// <summary>Total characters (query texts and canonical texts) the cache may hold, about 8 MB of strings.</summary>
    public const long SizeLimitChars = 4_000_000;

    // Keyed by the text alone (a string key is not boxed on lookup); each entry holds the operations selected in it.
    private readonly MemoryCache texts = new(new MemoryCacheOptions { SizeLimit = SizeLimitChars });
    private readonly SecondSightAdmission admission = new();

    /// <inheritdoc cref="OperationNormalizer.NormalizeAsync"/>
    public ValueTask<NormalizedOperation?> NormalizeAsync(string query, string? operationName, CancellationToken cancellationToken) =>
        texts.TryGetValue(query, out OperationsOfText? kept) && kept!.Find(operationName) is { } operation
            ? ValueTask.FromResult<NormalizedOperation?>(operation)
            : NormalizeAndKeepAsync(query, operationName, cancellationToken);

    /// <summary>Whether the normalised form of this text and name is kept (for tests).</summary>
    internal bool Holds(string query, string? operationName) =>
        texts.TryGetValue(query, out OperationsOfText? kept) && kept!.Find(operationName) is not null;

    public void Dispose() => texts.Dispose();

    private async ValueTask<NormalizedOperation?> NormalizeAndKeepAsync(string query, string? operationName, CancellationToken cancellationToken)
    {
        if (!TokenCount.IsWithin(query, _maxTokens, out _))
            return null;
        var normalized = await OperationNormalizer.NormalizeAsync(query, operationName, cancellationToken);
        if (normalized is not null && admission.Admit(query, operationName))
        {
            // Racing requests may each replace the entry: the last one's set of operations is kept, which is only a miss later.
            var operations = (texts.TryGetValue(query, out OperationsOfText? kept) ? kept! : OperationsOfText.Empty).With(operationName, normalized);
            texts.Set(query, operations, new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length + operations.Chars) });
        }
        return normalized;
    }

    /// <summary>The operations kept for one text, by the operation name the request gave (null: none given). Immutable.</summary>
    private sealed class OperationsOfText(ImmutableArray<(string? Name, NormalizedOperation Operation)> operations, long chars)
    {
        public static readonly OperationsOfText Empty = new([], 0);

        public long Chars => chars;

        public NormalizedOperation? Find(string? operationName)
        {
            foreach (var (name, operation) in operations)
            {
                if (string.Equals(name, operationName, StringComparison.Ordinal))
                    return operation;
            }
            return null;
        }

        public OperationsOfText With(string? operationName, NormalizedOperation operation) =>
            Find(operationName) is not null
                ? this
                : new([.. operations, (operationName, operation)], chars + operation.CanonicalText.Length + (operationName?.Length ?? 0));
    }
}
