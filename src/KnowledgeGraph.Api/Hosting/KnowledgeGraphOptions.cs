namespace KnowledgeGraph.Api.Hosting;

/// <summary>The service's own settings, bound from the configuration section <c>KnowledgeGraph</c>.</summary>
public sealed class KnowledgeGraphOptions
{
    public const string SectionName = "KnowledgeGraph";

    public const string EmbeddedStore = "embedded";

    /// <summary>
    /// The graph-seed root (holding <c>curated/</c> and <c>synthetic/</c>); relative paths are taken from the content
    /// root. When empty, the nearest <c>graph-seed/</c> folder above the content root or the binaries is used.
    /// </summary>
    public string? SeedDirectory { get; set; }

    /// <summary>Where the graph lives: <c>embedded</c> (in memory, loaded from the seed).</summary>
    public string Store { get; set; } = EmbeddedStore;
}
