namespace KnowledgeGraph.Bolt;

/// <summary>Shorter forms of the managed transaction functions, for work that needs no cancellation token.</summary>
public static class BoltSessionExtensions
{
    public static Task<T> ExecuteReadAsync<T>(this IBoltSession session, Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        session.ExecuteReadAsync((tx, _) => work(tx), null, cancellationToken);

    public static Task<T> ExecuteWriteAsync<T>(this IBoltSession session, Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        session.ExecuteWriteAsync((tx, _) => work(tx), null, cancellationToken);
}
