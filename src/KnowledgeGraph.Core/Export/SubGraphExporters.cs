namespace KnowledgeGraph.Core.Export;

/// <summary>The exporter of each <see cref="ExportFormat"/>.</summary>
public static class SubGraphExporters
{
    public static IReadOnlyList<ISubGraphExporter> All { get; } =
    [
        new GexfExporter(), new GraphMlExporter(), new CytoscapeJsonExporter(), new CsvNodesExporter(), new CsvEdgesExporter(),
    ];

    public static ISubGraphExporter For(ExportFormat format) =>
        All.FirstOrDefault(e => e.Format == format) ?? throw new ArgumentOutOfRangeException(nameof(format), format, null);
}
