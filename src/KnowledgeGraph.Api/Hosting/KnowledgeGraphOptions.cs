namespace KnowledgeGraph.Api.Hosting;

/// <summary>The service's own settings, bound from the configuration section <c>KnowledgeGraph</c>.</summary>
public sealed class KnowledgeGraphOptions
{
    public const string SectionName = "KnowledgeGraph";

    public const string EmbeddedStore = "embedded";

    public const string Neo4jStore = "neo4j";

    /// <summary>The flat key (an environment variable in a container) that, when set, chooses <see cref="Store"/>.</summary>
    public const string StoreEnvironmentVariable = "KG_STORE";

    /// <summary>
    /// The graph-seed root (holding <c>curated/</c> and <c>synthetic/</c>); relative paths are taken from the content
    /// root. When empty, the nearest <c>graph-seed/</c> folder above the content root or the binaries is used.
    /// </summary>
    public string? SeedDirectory { get; set; }

    /// <summary>
    /// Where the graph lives: <c>embedded</c> (in memory, loaded from the seed) or <c>neo4j</c> (the server named by
    /// <c>KnowledgeGraph:Neo4j</c> or <c>NEO4J_URI</c>/<c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c>/<c>NEO4J_DATABASE</c>).
    /// </summary>
    public string Store { get; set; } = EmbeddedStore;

    /// <summary>With the Neo4j store: validate the seed and load it into Neo4j (idempotent MERGE) before listening.</summary>
    public bool SeedOnStart { get; set; }

    /// <summary>
    /// With the embedded store: keep the graph in a SQLite file (<see cref="DataFile"/>) and accept writes. The first
    /// start seeds the file from graph-seed; later starts load the file. False: in memory from the seed, read-only.
    /// </summary>
    public bool Durable { get; set; } = true;

    /// <summary>The embedded store's SQLite file; a relative path is taken from the content root. One process at a time.</summary>
    public string DataFile { get; set; } = DefaultDataFile;

    public const string DefaultDataFile = "data/knowledgegraph.db";

    public bool UsesNeo4j => string.Equals(Store, Neo4jStore, StringComparison.OrdinalIgnoreCase);
}
