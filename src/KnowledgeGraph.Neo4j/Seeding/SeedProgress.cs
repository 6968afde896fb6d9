namespace KnowledgeGraph.Neo4j.Seeding;

/// <summary>How far a seeding run is: what it is writing and how many of it are written.</summary>
public sealed record SeedProgress(string Step, int Written, int Total);

/// <summary>What a seeding run wrote.</summary>
public sealed record SeedCounts(int Nodes, int Relationships);
