using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Api.Exports;

/// <summary>What to export: the whole graph, a neighbourhood, or the co-participation network.</summary>
public enum ExportGraph
{
    Graph,
    Neighborhood,
    CoParticipation,
}

/// <summary>
/// An export file name, <c>{graph|neighborhood|co-participation}.{gexf|graphml|cyjs.json|graphology.json|nodes.csv|edges.csv}</c>,
/// as the graph and the format it names.
/// </summary>
public sealed record ExportTarget(ExportGraph Graph, ExportFormat Format)
{
    public static readonly IReadOnlyDictionary<string, ExportGraph> Graphs = new Dictionary<string, ExportGraph>(StringComparer.Ordinal)
    {
        ["graph"] = ExportGraph.Graph,
        ["neighborhood"] = ExportGraph.Neighborhood,
        ["co-participation"] = ExportGraph.CoParticipation,
    };

    public static readonly IReadOnlyDictionary<string, ExportFormat> Formats = new Dictionary<string, ExportFormat>(StringComparer.Ordinal)
    {
        ["gexf"] = ExportFormat.Gexf,
        ["graphml"] = ExportFormat.GraphMl,
        ["cyjs.json"] = ExportFormat.CytoscapeJson,
        ["graphology.json"] = ExportFormat.GraphologyJson,
        ["nodes.csv"] = ExportFormat.CsvNodes,
        ["edges.csv"] = ExportFormat.CsvEdges,
    };

    public static bool TryParse(string fileName, out ExportTarget target)
    {
        target = null!;
        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Graphs.TryGetValue(fileName[..dot], out var graph) || !Formats.TryGetValue(fileName[(dot + 1)..], out var format))
        {
            return false;
        }

        target = new ExportTarget(graph, format);
        return true;
    }

    public string FileName(string? qualifier) =>
        $"{Graphs.First(p => p.Value == Graph).Key}{(string.IsNullOrEmpty(qualifier) ? "" : "-" + qualifier)}.{Formats.First(p => p.Value == Format).Key}";
}
