using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.CoParticipation;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Tests.Analytics;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>The known graphs the export tests write, and a temporary folder for the files.</summary>
internal static class ExportFixture
{
    public const string QuotedName = "Les \"Amis\", du Sud";

    public static GraphView View { get; } = GraphView.Build(AllianceWorld.Graph()
        .Actor("ACT-QUOTE", QuotedName, "ASSOCIATION", ("employer", true), ("foundedYear", 1990))
        .Participates("ACT-QUOTE", "ALL-A3", "PARTNER", since: 2021)
        .Build());

    public static SubGraph Whole { get; } = SubGraph.Whole(View);

    public static SubGraph CoParticipation { get; } = CoParticipationSubGraph.From(View, CoParticipationNetwork.Build(View));

    public static async Task<string> WriteAsync(SubGraph graph, ExportFormat format, ExportSettings? settings = null)
    {
        var exporter = SubGraphExporters.For(format, settings ?? ExportSettings.Default);
        var path = Path.Combine(Path.GetTempPath(), $"kg-export-{Guid.NewGuid():N}.{exporter.FileExtension}");
        await using (var file = File.Create(path))
        {
            await exporter.WriteAsync(graph, file, CancellationToken.None);
        }

        return path;
    }
}
