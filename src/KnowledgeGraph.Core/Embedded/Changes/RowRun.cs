namespace KnowledgeGraph.Core.Embedded.Changes;

/// <summary><paramref name="Length"/> consecutive rows (or node indices) kept by a write, from old position to new position.</summary>
internal readonly record struct RowRun(int OldStart, int NewStart, int Length);
