namespace KnowledgeGraph.Api.PersistedDocuments;

/// <summary>Persisted operations, bound from <c>KnowledgeGraph:PersistedDocuments</c>.</summary>
public sealed class PersistedDocumentsOptions
{
    public const string SectionName = "KnowledgeGraph:PersistedDocuments";

    /// <summary>
    /// Trusted documents: a JSON file mapping document ids to documents, <c>{ "sha256:&lt;hex&gt;": "query …" }</c> (the
    /// map client build tools emit; an Apollo persisted-query manifest is read too). Relative to the content root.
    /// </summary>
    public string? ManifestFile { get; set; }

    /// <summary>
    /// Refuse every document that is not in the manifest (production allowlist): a <c>query</c> is accepted only if its
    /// SHA-256 is a trusted document's, and automatic persisted queries register nothing.
    /// </summary>
    public bool TrustedOnly { get; set; }

    /// <summary>Apollo's automatic persisted queries: a client registers a document by sending it once with its hash.</summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>Bytes of registered documents kept in memory (least recently used go first).</summary>
    public long MaxMemoryBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How long a registered document stays in Redis (when the cache runs in Redis mode), renewed on use.</summary>
    public TimeSpan SharedTtl { get; set; } = TimeSpan.FromDays(7);
}
