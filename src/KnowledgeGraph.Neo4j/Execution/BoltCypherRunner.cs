using System.Net.Sockets;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Neo4j.Cypher;

namespace KnowledgeGraph.Neo4j.Execution;

/// <summary>
/// Runs statements over the project's Bolt driver, one auto-commit RUN each. Connection failures become
/// <see cref="StoreException"/> DATABASE_UNAVAILABLE; a statement Neo4j refuses is a bug here, reported as INTERNAL_SERVER_ERROR.
/// </summary>
public sealed class BoltCypherRunner(BoltDriver driver, string? database) : ICypherRunner
{
    public const string UnavailableCode = "DATABASE_UNAVAILABLE";

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = driver.Session(new SessionOptions
            {
                Database = database, DefaultAccessMode = CypherAccessMode.Of(statement.Text), Bookmarks = BookmarkScope.Current?.Bookmarks ?? [],
            });
            var result = await session.RunAsync(statement.Text, statement.Parameters, cancellationToken: cancellationToken).ConfigureAwait(false);
            var records = await result.ToListAsync(cancellationToken).ConfigureAwait(false);
            return records.Select(r => r.ToDictionary()).ToList();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable(e);
        }
        catch (BoltException e)
        {
            throw new StoreException("INTERNAL_SERVER_ERROR", $"Neo4j refused a generated statement ({e.Code}).", e);
        }
    }

    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await driver.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw Unavailable(e);
        }
    }

    private static bool IsUnavailable(Exception e) =>
        e is ServiceUnavailableException or ConnectionAcquisitionTimeoutException or AuthenticationException or TransientException
            or SocketException or IOException or TimeoutException;

    private static StoreException Unavailable(Exception e) =>
        new(UnavailableCode, $"The Neo4j database cannot be reached or refused the connection: {e.Message}", e);
}
