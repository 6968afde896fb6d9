namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>One CSV file of a seed set: <see cref="Name"/> is the label or relationship type it holds.</summary>
internal sealed record SeedFile(string FullPath, string DisplayPath, string Name);
