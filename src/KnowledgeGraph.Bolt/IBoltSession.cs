namespace KnowledgeGraph.Bolt;

/// <summary>A sequence of queries and transactions on one logical connection. Not thread-safe: use one per task.</summary>
public interface IBoltSession : IAsyncDisposable
{
    /// <summary>The bookmarks of the last committed work, to chain causally consistent sessions.</summary>
    IReadOnlyList<string> LastBookmarks { get; }

    /// <summary>Runs an auto-commit query. Errors in the query are thrown here; records stream from the result.</summary>
    Task<BoltResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, TransactionOptions? options = null, CancellationToken cancellationToken = default);

    Task<BoltTransaction> BeginTransactionAsync(TransactionOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying transient failures, and commits it.</summary>
    Task<T> ExecuteReadAsync<T>(Func<BoltTransaction, CancellationToken, Task<T>> work, TransactionOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying transient failures, and commits it.</summary>
    Task<T> ExecuteWriteAsync<T>(Func<BoltTransaction, CancellationToken, Task<T>> work, TransactionOptions? options = null, CancellationToken cancellationToken = default);
}
