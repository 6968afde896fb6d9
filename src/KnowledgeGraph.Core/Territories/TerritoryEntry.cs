namespace KnowledgeGraph.Core.Territories;

/// <summary>What a territory is known by: its id, its name, its level (<c>REGION</c>…) and its INSEE code, if any.</summary>
public sealed record TerritoryEntry(string Id, string Name, string Level, string? InseeCode);
