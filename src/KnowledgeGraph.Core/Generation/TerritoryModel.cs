namespace KnowledgeGraph.Core.Generation;

/// <summary>A region of the curated territories, with its departments.</summary>
public sealed record RegionInfo(string Id, string Name, string Code, IReadOnlyList<DepartmentInfo> Departments);

/// <summary>A department of the curated territories, with the curated communes inside it (possibly none).</summary>
public sealed record DepartmentInfo(string Id, string Name, string RegionId, IReadOnlyList<CommuneInfo> Communes);

/// <summary>A curated commune, with its department.</summary>
public sealed record CommuneInfo(string Id, string Name, string DepartmentId);
