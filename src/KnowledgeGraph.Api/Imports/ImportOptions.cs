namespace KnowledgeGraph.Api.Imports;

/// <summary>
/// The limits of <c>POST /import</c>, bound from <c>KnowledgeGraph:Imports</c>. The upload has its own size limit
/// (the GraphQL body limit, <c>KnowledgeGraph:Limits:MaxRequestBodyBytes</c>, does not apply to it); what the archive
/// unpacks to is bounded too, in total and by its compression ratio, so that a small "zip bomb" is refused before it
/// fills the disk.
/// </summary>
public sealed class ImportOptions
{
    public const string SectionName = "KnowledgeGraph:Imports";

    /// <summary>The largest upload (the .zip as sent), in bytes: beyond it, 413 <c>IMPORT_TOO_LARGE</c>.</summary>
    public long MaxBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>The most bytes the archive's files may unpack to, all together.</summary>
    public long MaxExtractedBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The highest ratio of unpacked to packed size of one file (CSV compresses 5 to 20 times).</summary>
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>The most entries the archive may hold.</summary>
    public int MaxEntries { get; set; } = 1000;
}
