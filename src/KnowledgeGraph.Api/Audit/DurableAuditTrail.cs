using KnowledgeGraph.Core.Durability;

namespace KnowledgeGraph.Api.Audit;

/// <summary>The audit table of the durable store's SQLite file, written in the same transaction as each write.</summary>
public sealed class DurableAuditTrail(DurableGraphStore store) : IAuditTrail
{
    public Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken) =>
        store.ReadAuditAsync(afterSequence, limit, cancellationToken);
}
