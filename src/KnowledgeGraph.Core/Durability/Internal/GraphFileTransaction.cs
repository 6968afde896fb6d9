using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Writes;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// One SQLite transaction on the graph file: the rows of a delta, the data version and an audit row. Nothing is
/// visible or durable before <see cref="CommitAsync"/>; disposing without committing rolls everything back.
/// </summary>
internal sealed class GraphFileTransaction : IAsyncDisposable
{
    public const string DataVersionKey = "data_version";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    private GraphFileTransaction(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<GraphFileTransaction> BeginAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        new(connection, (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken));

    public async Task ApplyAsync(GraphDelta delta, CancellationToken cancellationToken)
    {
        await RunAsync("DELETE FROM relationships WHERE type = $a AND start_id = $b AND end_id = $c AND key = $d",
            delta.DeletedRelationships.Select(r => new object[] { r.Definition.Type, r.StartId, r.EndId, RelationshipKeyText.Of(r) }), cancellationToken);
        await RunAsync("DELETE FROM nodes WHERE id = $a", delta.DeletedNodes.Select(n => new object[] { n.Id }), cancellationToken);
        await RunAsync("UPDATE nodes SET label = $b, properties = $c WHERE id = $a", delta.UpdatedNodes.Select(NodeRow), cancellationToken);
        await InsertAsync(delta.CreatedNodes, delta.CreatedRelationships, cancellationToken);
    }

    public Task InsertAsync(
        IEnumerable<NodeRecord> nodes, IEnumerable<RelationshipRecord> relationships, CancellationToken cancellationToken)
    {
        // SQLite runs synchronously whatever the API: the rows go through raw prepared statements on this thread.
        using var inserter = new RowInserter(_connection);
        inserter.InsertNodes(nodes, cancellationToken);
        inserter.InsertRelationships(relationships, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Creates the relationships' unique key (type, ends, identifying values) unless the table has one already.</summary>
    public async Task EnsureRelationshipKeyAsync(CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = """SELECT count(*) FROM pragma_index_list('relationships') WHERE "unique" = 1""";
        if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0)
        {
            command.CommandText = SqliteGraphFile.RelationshipKeyIndex;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public Task SetMetaAsync(string key, string value, CancellationToken cancellationToken) =>
        RunAsync("INSERT INTO meta (key, value) VALUES ($a, $b) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [[key, value]], cancellationToken);

    public Task AppendAuditAsync(WriteContext context, long dataVersion, string summary, CancellationToken cancellationToken) =>
        RunAsync("INSERT INTO audit (at, who, data_version, summary) VALUES ($a, $b, $c, $d)",
            [[context.At.ToUniversalTime().ToString("O"), context.Who, dataVersion, summary]], cancellationToken);

    /// <summary>Commits; not cancellable, so that a write is either wholly there or wholly absent.</summary>
    public Task CommitAsync() => _transaction.CommitAsync(CancellationToken.None);

    public ValueTask DisposeAsync() => _transaction.DisposeAsync();

    private static object[] NodeRow(NodeRecord node) => [node.Id, node.Label.Name, PropertyJson.Encode(node.Properties)];

    /// <summary>Runs one prepared statement per row; parameters are named $a, $b, … in row order.</summary>
    private async Task RunAsync(string sql, IEnumerable<object[]> rows, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var row in rows)
        {
            if (command.Parameters.Count == 0)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    command.Parameters.Add(new SqliteParameter("$" + (char)('a' + i), null));
                }
            }

            for (var i = 0; i < row.Length; i++)
            {
                command.Parameters[i].Value = row[i];
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
