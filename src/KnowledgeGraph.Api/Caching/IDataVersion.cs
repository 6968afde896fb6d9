namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// The version of the graph data, part of every cache key: bumping it makes every cached answer unreachable.
/// THE WRITE PATH MUST CALL <see cref="BumpAsync"/> after each acknowledged write (a mutation, an import into the
/// store), before answering the writer: resolve <c>IDataVersion</c> from DI and
/// <c>await dataVersion.BumpAsync(cancellationToken)</c>. The GraphQL endpoint already bumps after every executed
/// mutation; code that writes to the store by another path calls it itself.
/// </summary>
public interface IDataVersion
{
    /// <summary>The last version this instance knows, without I/O (an opaque token).</summary>
    string Current { get; }

    /// <summary>
    /// Whether answers cached under <see cref="Current"/> may be served. Always true for a single instance; in Redis
    /// mode false while this instance is not synchronised with the shared version (Redis unreachable or slow, the
    /// subscription lost): callers then answer from the store.
    /// </summary>
    bool IsTrusted { get; }

    /// <summary>Raised with the new <see cref="Current"/> whenever it changes (a bump here or, in Redis mode, anywhere).</summary>
    event Action<string>? Changed;

    /// <summary>The version to key a request with; no I/O (kept for callers that predate <see cref="Current"/>).</summary>
    ValueTask<string> GetCurrentAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Current);

    /// <summary>
    /// Moves the version on, for every instance. Never fails because of the cache and always ends within a bound: if
    /// Redis cannot be reached, this instance moves to a local version, stops trusting its cache, and bumps the shared
    /// version once Redis is back.
    /// </summary>
    Task BumpAsync(CancellationToken cancellationToken);
}
