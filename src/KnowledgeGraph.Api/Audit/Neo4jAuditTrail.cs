using KnowledgeGraph.Bolt;
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Neo4j.Writes;

namespace KnowledgeGraph.Api.Audit;

/// <summary>The <c>(:AuditEntry)</c> nodes the Neo4j writer creates with each write.</summary>
public sealed class Neo4jAuditTrail(BoltDriver driver, string? database) : IAuditTrail
{
    public Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken) =>
        Neo4jAudit.ReadAsync(driver, database, afterSequence, limit, cancellationToken);
}
