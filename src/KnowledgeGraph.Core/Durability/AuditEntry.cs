namespace KnowledgeGraph.Core.Durability;

/// <summary>
/// One committed write in the audit trail: its sequence number, when and by whom, the data version it produced,
/// and a JSON summary of what changed (ids created/updated/deleted, relationships linked/unlinked; for the first
/// seeding, the sets and counts).
/// </summary>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Who, long DataVersion, string Summary);
