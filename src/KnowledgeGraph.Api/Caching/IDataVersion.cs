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

    /// <summary>The version to key a request with: in Redis mode, read from Redis (see CacheOptions.DataVersionMaxAge).</summary>
    ValueTask<string> GetCurrentAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Moves the version on, for every instance. Never fails because the cache is down: if Redis cannot be reached,
    /// this instance moves to a local version at once and the shared bump is replayed when Redis returns.
    /// </summary>
    Task BumpAsync(CancellationToken cancellationToken);
}
