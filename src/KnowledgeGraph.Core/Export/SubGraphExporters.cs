namespace KnowledgeGraph.Core.Export;

/// <summary>The exporter of each <see cref="ExportFormat"/>.</summary>
public static class SubGraphExporters
{
    public static IReadOnlyList<ISubGraphExporter> All { get; } =
    [
        new GexfExporter(), new GraphMlExporter(), new CytoscapeJsonExporter(), new CsvNodesExporter(), new CsvEdgesExporter(),
        new GraphologyJsonExporter(),
    ];

    /// <summary>The exporter of a format written with these settings (the GEXF version and spells).</summary>
    public static ISubGraphExporter For(ExportFormat format, ExportSettings settings) =>
        format == ExportFormat.Gexf ? new GexfExporter(settings) : For(format);

    public static ISubGraphExporter For(ExportFormat format) =>
        All.FirstOrDefault(e => e.Format == format) ?? throw new ArgumentOutOfRangeException(nameof(format), format, null);
}
