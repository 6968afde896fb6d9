using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>Reads audit rows in sequence order.</summary>
internal static class AuditTrailReader
{
    public static async Task<IReadOnlyList<AuditEntry>> ReadAsync(
        SqliteConnection connection, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, at, who, data_version, summary FROM audit WHERE sequence > $after ORDER BY sequence LIMIT $limit";
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$limit", limit);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.GetString(2),
                reader.GetInt64(3),
                reader.GetString(4)));
        }

        return entries;
    }
}
