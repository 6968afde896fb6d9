using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg check</c>: validates seed sets as the service does on start, without starting it.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var seedDirectory = new Option<string?>("--seed-dir") { Description = "The graph-seed root (default: graph-seed of the repository)." };
        var sets = new Option<string>("--sets")
        {
            Description = "The sets to load together, comma-separated.",
            DefaultValueFactory = _ => "curated,synthetic",
        };

        var command = new Command("check", "Validate seed sets; print counts, or every problem as file:line: message.") { seedDirectory, sets };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async writer =>
        {
            var root = RepositoryPaths.Default(parseResult.GetValue(seedDirectory), RepositoryPaths.SeedFolder);
            var setDirectories = (parseResult.GetValue(sets) ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(set => Path.Combine(root, set))
                .ToList();
            if (setDirectories.Count == 0)
            {
                throw new CliException("--sets names no seed set");
            }

            var stopwatch = Stopwatch.StartNew();
            var data = await new SeedLoader(KnowledgeGraphSchema.Instance).LoadAsync(setDirectories, cancellationToken);
            await writer.WriteLineAsync($"Seed sets valid: {string.Join(", ", setDirectories.Select(Path.GetFileName))} under {root}");
            await GraphCounts.WriteAsync(writer, data);
            await writer.WriteLineAsync($"Loaded in {stopwatch.Elapsed.TotalSeconds:0.00} s.");
            return CommandRunner.Success;
        }));
        return command;
    }
}
