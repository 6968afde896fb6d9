using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Core.Generation;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg generate</c>: writes the SYNTHETIC seed set from the curated one.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var scale = new Option<int>("--scale")
        {
            Description = "1 = reference (650 alliances, 350 ecosystems); 10 and 100 for benchmarks.",
            DefaultValueFactory = _ => 1,
        };
        scale.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--scale must be 1 or more.");
            }
        });
        var seed = new Option<ulong>("--seed") { Description = "The random seed.", DefaultValueFactory = _ => GenerationOptions.DefaultSeed };
        var curated = new Option<string?>("--curated") { Description = "The curated set (default: graph-seed/curated of the repository)." };
        var output = new Option<string?>("--out") { Description = "The folder to write (default: graph-seed/synthetic of the repository)." };

        var command = new Command("generate", "Generate the synthetic seed set (deterministic).") { scale, seed, curated, output };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async writer =>
        {
            var options = new GenerationOptions(parseResult.GetValue(scale), parseResult.GetValue(seed));
            var curatedDirectory = RepositoryPaths.Default(parseResult.GetValue(curated), RepositoryPaths.SeedFolder, "curated");
            var outputDirectory = RepositoryPaths.Default(parseResult.GetValue(output), RepositoryPaths.SeedFolder, "synthetic");
            var stopwatch = Stopwatch.StartNew();
            var result = await SyntheticSeedSet.GenerateAsync(curatedDirectory, outputDirectory, options, cancellationToken);
            await writer.WriteLineAsync($"Generated scale {options.Scale} with seed {options.Seed} into {outputDirectory}");
            await GraphCounts.WriteAsync(writer, result.Data);
            await writer.WriteLineAsync($"Done in {stopwatch.Elapsed.TotalSeconds:0.00} s (loading the curated set " +
                $"{result.Loading.TotalSeconds:0.00} s, generating {result.Generating.TotalSeconds:0.00} s, writing {result.Writing.TotalSeconds:0.00} s).");
            return CommandRunner.Success;
        }));
        return command;
    }
}
