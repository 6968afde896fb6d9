using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>A header column matched to the property it fills (null when the column is invalid and its values are ignored).</summary>
internal sealed record BoundColumn(int Index, string Header, PropertyDef? Property);
