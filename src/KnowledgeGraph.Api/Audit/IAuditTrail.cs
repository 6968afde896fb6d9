using KnowledgeGraph.Core.Durability;

namespace KnowledgeGraph.Api.Audit;

/// <summary>The committed writes, oldest first: who, when, the data version, what changed.</summary>
public interface IAuditTrail
{
    Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken);
}
