using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Analytics.CoParticipation;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg export</c>: loads the seed sets (as the embedded service does) and writes the whole graph, a neighbourhood or
/// the co-participation network as GEXF, GraphML, Cytoscape.js JSON or a CSV node/edge list — the same files as the
/// service's <c>/export/…</c> endpoints.
/// </summary>
public static class ExportCommand
{
    private static readonly Dictionary<string, ExportFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gexf"] = ExportFormat.Gexf,
        ["graphml"] = ExportFormat.GraphMl,
        ["cyjs"] = ExportFormat.CytoscapeJson,
        ["cyjs.json"] = ExportFormat.CytoscapeJson,
        ["graphology.json"] = ExportFormat.GraphologyJson,
        ["nodes.csv"] = ExportFormat.CsvNodes,
        ["edges.csv"] = ExportFormat.CsvEdges,
    };

    private static readonly string[] Graphs = ["graph", "neighborhood", "co-participation"];

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = $"One of {string.Join(", ", Formats.Keys)}.", Required = true };
        var graph = new Option<string>("--graph") { Description = "graph (all of it), neighborhood or co-participation.", DefaultValueFactory = _ => "graph" };
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output)." };
        var seedDirectory = new Option<string?>("--seed-dir") { Description = "The graph-seed root (default: graph-seed of the repository)." };
        var sets = new Option<string>("--sets") { Description = "The sets to load together, comma-separated.", DefaultValueFactory = _ => "curated,synthetic" };
        var ids = new Option<string?>("--ids") { Description = "neighborhood: the start node ids, comma-separated." };
        var depth = new Option<int>("--depth") { Description = "neighborhood: how many relationships away.", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit") { Description = "neighborhood: the most nodes.", DefaultValueFactory = _ => Neighborhood.DefaultLimit };
        var types = new Option<string?>("--relationship-types", "--types") { Description = "neighborhood, graph: relationship types to keep, comma-separated." };
        var labels = new Option<string?>("--labels") { Description = "neighborhood, graph: node labels to keep (ACTOR, ALLIANCE… or Actor, Alliance…), comma-separated." };
        var within = new Option<string?>("--within") { Description = "co-participation, graph: alliances (and, for graph, every node) in this territory (e.g. REG-76)." };
        var category = new Option<string?>("--categories", "--category") { Description = "co-participation, graph: alliance categories, comma-separated." };
        var domain = new Option<string?>("--domains", "--domain") { Description = "co-participation, graph: field ids, comma-separated." };
        var sdg = new Option<string?>("--sdgs", "--sdg") { Description = "co-participation, graph: SDG or SDG target ids, comma-separated." };
        var from = new Option<int?>("--from-year", "--from") { Description = "co-participation, graph: alliances running in or after this year." };
        var to = new Option<int?>("--to-year", "--to") { Description = "co-participation, graph: alliances started in or before this year." };
        var measures = new Option<bool>("--measures") { Description = "Add degree, weightedDegree, betweenness, harmonicCloseness, pageRank and modularity_class to the nodes." };
        var gexfVersion = new Option<string>("--gexf-version") { Description = "gexf: 1.2draft (default) or 1.3.", DefaultValueFactory = _ => "1.2draft" };
        var dynamic = new Option<bool>("--dynamic") { Description = "gexf: time spells from the alliances' startYear/endYear (Gephi's timeline)." };

        var command = new Command("export", "Export the graph, a neighborhood or the co-participation network (GEXF, GraphML, Cytoscape.js JSON, graphology JSON, CSV), with the parameters of /export/….")
        {
            format, graph, output, seedDirectory, sets, ids, depth, limit, types, labels, within, category, domain, sdg, from, to, measures, gexfVersion, dynamic,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async writer =>
        {
            var chosenFormat = Formats.TryGetValue(parseResult.GetValue(format)!, out var chosen)
                ? chosen
                : throw new CliException($"--format must be one of {string.Join(", ", Formats.Keys)}");
            var which = parseResult.GetValue(graph)!;
            if (!Graphs.Contains(which))
            {
                throw new CliException($"--graph must be one of {string.Join(", ", Graphs)}");
            }

            var version = parseResult.GetValue(gexfVersion) switch
            {
                "1.2draft" => GexfVersion.V1_2Draft,
                "1.3" => GexfVersion.V1_3,
                _ => throw new CliException("--gexf-version must be 1.2draft or 1.3"),
            };
            var root = RepositoryPaths.Default(parseResult.GetValue(seedDirectory), RepositoryPaths.SeedFolder);
            var setDirectories = (parseResult.GetValue(sets) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(set => Path.Combine(root, set)).ToList();
            var data = await new SeedLoader(KnowledgeGraphSchema.Instance).LoadAsync(setDirectories, cancellationToken);
            var view = GraphView.Build(data);
            var labelNames = List(parseResult.GetValue(labels))?.Select(l => LabelName(l)).ToList();
            var filter = new CoParticipationFilter(
                parseResult.GetValue(within), List(parseResult.GetValue(category)), List(parseResult.GetValue(domain)),
                List(parseResult.GetValue(sdg)), parseResult.GetValue(from), parseResult.GetValue(to));
            SubGraph subGraph;
            try
            {
                CoParticipationNetwork? network = null;
                subGraph = which switch
                {
                    "neighborhood" => Neighborhood.Explore(view, new NeighborhoodRequest(
                        List(parseResult.GetValue(ids)) ?? throw new CliException("--graph neighborhood needs --ids"),
                        parseResult.GetValue(depth), List(parseResult.GetValue(types)), labelNames, parseResult.GetValue(limit))),
                    "co-participation" => CoParticipationSubGraph.From(view, network = CoParticipationNetwork.Build(view, filter)),
                    _ => WholeGraphSelection.Select(view, new WholeGraphFilter(labelNames, List(parseResult.GetValue(types)),
                        filter == CoParticipationFilter.None ? null : filter)),
                };
                subGraph = NodePlaces.Add(subGraph, view);
                if (parseResult.GetValue(measures))
                {
                    subGraph = ExportMeasures.Add(subGraph, network?.Graph ?? GraphProjection.Undirected(view), cancellationToken);
                }
            }
            catch (StoreException e)
            {
                throw new CliException($"{e.Code}: {e.Message}");
            }

            var exporter = SubGraphExporters.For(chosenFormat,
                new ExportSettings(version, parseResult.GetValue(dynamic) ? TimeSpells.For(subGraph, view) : null));
            var path = parseResult.GetValue(output);
            if (string.IsNullOrEmpty(path) || path == "-")
            {
                await using var stdout = new MemoryStream();
                await exporter.WriteAsync(subGraph, stdout, cancellationToken);
                await writer.WriteAsync(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                return CommandRunner.Success;
            }

            await using (var file = File.Create(path))
            {
                await exporter.WriteAsync(subGraph, file, cancellationToken);
            }

            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {subGraph.Nodes.Count} nodes and {subGraph.Edges.Count} edges{(subGraph.Truncated ? " (truncated)" : "")} to {path}."));
            return CommandRunner.Success;
        }));
        return command;
    }

    private static string LabelName(string value) =>
        KnowledgeGraphSchema.Instance.Labels.FirstOrDefault(l => l.Name == value || UpperSnakeCase.From(l.Name) == value)?.Name
        ?? throw new CliException($"'{value}' is not a label (expected one of {string.Join(", ", KnowledgeGraphSchema.Instance.Labels.Select(l => UpperSnakeCase.From(l.Name)))})");

    private static IReadOnlyList<string>? List(string? value)
    {
        var items = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length == 0 ? null : items;
    }
}
