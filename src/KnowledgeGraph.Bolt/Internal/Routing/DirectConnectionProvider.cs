using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.Pool;

namespace KnowledgeGraph.Bolt.Internal.Routing;

/// <summary>A direct URI (bolt://): every piece of work goes to the one server's pool.</summary>
internal sealed class DirectConnectionProvider(ConnectionPool pool) : IConnectionProvider
{
    public async Task<Lease> AcquireAsync(ConnectionRequest request, CancellationToken cancellationToken) =>
        new(await pool.AcquireAsync(cancellationToken).ConfigureAwait(false), request.Database);

    public ValueTask ReleaseAsync(BoltConnection connection)
    {
        connection.LastFailureCode = null;
        return pool.ReleaseAsync(connection);
    }

    public void RememberHomeDatabase(string? impersonatedUser, string database)
    {
    }

    public ValueTask DisposeAsync() => pool.DisposeAsync();
}
