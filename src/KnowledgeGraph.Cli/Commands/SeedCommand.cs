using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Bolt;
using Path = System.IO.Path;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Neo4j.DependencyInjection;
using KnowledgeGraph.Neo4j.Execution;
using KnowledgeGraph.Neo4j.Seeding;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg seed</c>: validates seed sets exactly as <c>kg check</c> does (nothing is written when a file is invalid), then
/// applies the server's schema DDL and loads the graph into Neo4j with batched UNWIND … MERGE. Running it twice
/// changes nothing. <c>--bulk</c> loads an empty database with CREATE instead (<see cref="Neo4jBulkLoader"/>).
/// </summary>
public static class SeedCommand
{
    public static Command Create()
    {
        var seedDirectory = new Option<string?>("--seed-dir") { Description = "The graph-seed root (default: graph-seed of the repository)." };
        var sets = new Option<string>("--sets") { Description = "The sets to load together, comma-separated.", DefaultValueFactory = _ => "curated,synthetic" };
        var uri = EnvironmentOption("--uri", Neo4jEnvironment.Uri, "bolt://localhost:7687", "The Neo4j Bolt URI");
        var user = EnvironmentOption("--user", Neo4jEnvironment.User, "neo4j", "The Neo4j user");
        var password = EnvironmentOption("--password", Neo4jEnvironment.Password, "", "The Neo4j password");
        var database = EnvironmentOption("--database", Neo4jEnvironment.Database, "", "The database (Neo4j 4+; empty: the server's default)");
        var bulk = new Option<bool>("--bulk") { Description = "Into an EMPTY database: CREATE in large batches instead of MERGE (many times faster; refused when the database holds a node)." };

        var command = new Command("seed", "Validate the seed sets, then load them into Neo4j (idempotent); print progress and counts.")
        {
            seedDirectory, sets, uri, user, password, database, bulk,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async writer =>
        {
            var setDirectories = SetDirectories(parseResult.GetValue(seedDirectory), parseResult.GetValue(sets));
            var data = await new SeedLoader(KnowledgeGraphSchema.Instance).LoadAsync(setDirectories, cancellationToken);
            await writer.WriteLineAsync($"Seed sets valid: {string.Join(", ", setDirectories.Select(Path.GetFileName))}");
            await GraphCounts.WriteAsync(writer, data);

            var target = parseResult.GetValue(uri)!;
            await using var driver = BoltDriver.Create(target, AuthToken.Basic(parseResult.GetValue(user)!, parseResult.GetValue(password)!),
                options => options.ConnectionTimeout = TimeSpan.FromSeconds(10));
            var runner = new BoltCypherRunner(driver, parseResult.GetValue(database) is { Length: > 0 } name ? name : null);
            var stopwatch = Stopwatch.StartNew();
            try
            {
                var server = await runner.GetServerInfoAsync(cancellationToken);
                await writer.WriteLineAsync($"Seeding {server.Agent} at {target} (schema DDL for {server.Version?.ToString() ?? "an unknown version"}) ...");
                var counts = parseResult.GetValue(bulk)
                    ? await new Neo4jBulkLoader(runner, KnowledgeGraphSchema.Instance).LoadAsync(data, new SeedProgressWriter(writer), cancellationToken)
                    : await new Neo4jSeeder(runner, KnowledgeGraphSchema.Instance).SeedAsync(data, new SeedProgressWriter(writer), cancellationToken);
                await writer.WriteLineAsync(
                    $"Seeded {counts.Nodes} nodes and {counts.Relationships} relationships in {stopwatch.Elapsed.TotalSeconds:0.00} s.");
            }
            catch (StoreException e)
            {
                throw new CliException($"{e.Code}: {e.Message}");
            }
            catch (InvalidOperationException e) when (parseResult.GetValue(bulk))
            {
                throw new CliException(e.Message);
            }

            return CommandRunner.Success;
        }));
        return command;
    }

    private static List<string> SetDirectories(string? seedDirectory, string? sets)
    {
        var root = RepositoryPaths.Default(seedDirectory, RepositoryPaths.SeedFolder);
        var directories = (sets ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(set => Path.Combine(root, set))
            .ToList();
        return directories.Count > 0 ? directories : throw new CliException("--sets names no seed set");
    }

    private static Option<string> EnvironmentOption(string name, string variable, string fallback, string description) => new(name)
    {
        Description = $"{description} (default: ${variable}, else '{fallback}').",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : fallback,
    };

    /// <summary>One line per finished batch; a console shows it as it comes.</summary>
    private sealed class SeedProgressWriter(TextWriter writer) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => writer.WriteLine($"  {value.Step}: {value.Written}/{value.Total}");
    }
}
