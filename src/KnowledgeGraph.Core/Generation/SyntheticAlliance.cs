namespace KnowledgeGraph.Core.Generation;

/// <summary>A generated alliance and where it is located, kept so catalysts can support alliances of their territory.</summary>
internal sealed record SyntheticAlliance(string Id, RegionInfo Region, DepartmentInfo Department, bool RegionWide);
