namespace KnowledgeGraph.Core.Generation;

/// <summary>A generated actor, kept to pick participants and members near where it is based.</summary>
internal sealed record SyntheticActor(string Id, string Kind, string Name, RegionInfo Region, DepartmentInfo Department, int FoundedYear);
