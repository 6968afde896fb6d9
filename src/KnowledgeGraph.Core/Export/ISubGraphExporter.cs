using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Core.Export;

/// <summary>Writes a sub-graph to a stream in one format, asynchronously; the stream is left open.</summary>
public interface ISubGraphExporter
{
    ExportFormat Format { get; }

    /// <summary>The HTTP media type of the output.</summary>
    string ContentType { get; }

    /// <summary>The usual file name extension, without the dot.</summary>
    string FileExtension { get; }

    Task WriteAsync(SubGraph graph, Stream output, CancellationToken cancellationToken);
}
