namespace KnowledgeGraph.Core.Writes;

/// <summary>Who writes and when: recorded in the audit trail.</summary>
public sealed record WriteContext(string Who, DateTimeOffset At);
