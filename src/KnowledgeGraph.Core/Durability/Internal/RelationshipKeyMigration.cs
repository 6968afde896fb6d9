using KnowledgeGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// Files made before parallel relationships keyed a relationship by (type, start_id, end_id), as a table constraint
/// or a unique index, and had no <c>key</c> column. Such a file is rewritten once, in one transaction, when it is
/// opened: the relationships table is copied (rows, rowids and properties as they are) into the current layout, each
/// row's key is filled from its identifying values (its three old columns were unique, so one row each), and the
/// unique index is made on (type, start_id, end_id, key). A crash leaves the file as it was.
/// </summary>
internal static class RelationshipKeyMigration
{
    public static async Task<bool> IsNeededAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pragma_table_info('relationships') WHERE name = 'key'";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 0;
    }

    /// <summary>Migrates the file; <paramref name="relationships"/> are the file's rows as read (their keys to fill).</summary>
    public static async Task RunAsync(SqliteConnection connection, IEnumerable<RelationshipRecord> relationships, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = SqliteGraphFile.RelationshipsTable("relationships_keyed") + ";" +
                """
                INSERT INTO relationships_keyed (rowid, type, start_id, end_id, properties)
                    SELECT rowid, type, start_id, end_id, properties FROM relationships ORDER BY rowid;
                DROP TABLE relationships;
                ALTER TABLE relationships_keyed RENAME TO relationships;
                """ + SqliteGraphFile.RelationshipKeyIndex;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE relationships SET key = $key WHERE type = $type AND start_id = $start AND end_id = $end";
            var (key, type, start, end) = (update.Parameters.Add("$key", SqliteType.Text), update.Parameters.Add("$type", SqliteType.Text),
                update.Parameters.Add("$start", SqliteType.Text), update.Parameters.Add("$end", SqliteType.Text));
            foreach (var relationship in relationships.Where(r => r.Definition.IdentifyingProperties.Count > 0))
            {
                (key.Value, type.Value, start.Value, end.Value) =
                    (RelationshipKeyText.Of(relationship), relationship.Definition.Type, relationship.StartId, relationship.EndId);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(CancellationToken.None);
    }
}
