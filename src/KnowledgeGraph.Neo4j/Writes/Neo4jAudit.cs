using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Neo4j.Mapping;

namespace KnowledgeGraph.Neo4j.Writes;

/// <summary>
/// The audit trail on Neo4j: one <c>(:AuditEntry)</c> node per committed write, created in the write's own
/// transaction, its sequence being the data version it produced. No schema label is AuditEntry, so reads never see it.
/// </summary>
public static class Neo4jAudit
{
    public const string Label = "AuditEntry";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal const string AppendStatement =
        $"CREATE (:{Label} {{sequence: $version, dataVersion: $version, at: $at, who: $who, summary: $summary}})";

    internal const string ReadStatement =
        $"MATCH (a:{Label}) WHERE a.sequence > $after RETURN a.sequence AS sequence, a.at AS at, a.who AS who, " +
        "a.dataVersion AS dataVersion, a.summary AS summary ORDER BY a.sequence LIMIT $limit";

    internal static Task AppendAsync(BoltTransaction transaction, WriteContext context, WriteResult result, int operations, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            AppendStatement,
            new Dictionary<string, object?>
            {
                ["version"] = result.DataVersion,
                ["at"] = context.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                ["who"] = context.Who,
                ["summary"] = JsonSerializer.Serialize(new
                {
                    operations,
                    nodesCreated = result.NodesCreated,
                    nodesUpdated = result.NodesUpdated,
                    nodesDeleted = result.NodesDeleted,
                    relationshipsCreated = result.RelationshipsCreated,
                    relationshipsDeleted = result.RelationshipsDeleted,
                }, Json),
            },
            cancellationToken);

    /// <summary>Audit entries after <paramref name="afterSequence"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> ReadAsync(
        BoltDriver driver, string? database, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var session = driver.Session(new SessionOptions { Database = database, DefaultAccessMode = AccessMode.Read });
        var result = await session.RunAsync(
            ReadStatement,
            new Dictionary<string, object?> { ["after"] = afterSequence, ["limit"] = (long)limit }, cancellationToken: cancellationToken);
        return [.. (await result.ToListAsync(cancellationToken)).Select(r => new AuditEntry(
            Values.Long(r["sequence"]),
            DateTimeOffset.Parse((string)r["at"]!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            (string)r["who"]!,
            Values.Long(r["dataVersion"]),
            (string)r["summary"]!))];
    }
}
