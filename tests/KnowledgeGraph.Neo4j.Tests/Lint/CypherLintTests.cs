using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Seeding;
using KnowledgeGraph.Neo4j.Tests.Compiler;

namespace KnowledgeGraph.Neo4j.Tests.Lint;

/// <summary>
/// Every statement shape the store generates must be valid Cypher 5 (production runs Neo4j 5): Neo4j's own
/// language support (npm @neo4j-cypher/language-support) lints them and must report nothing.
/// </summary>
public sealed class CypherLintTests
{
    [Fact]
    public async Task Generated_statements_are_valid_cypher_5()
    {
        var schema = KnowledgeGraphSchema.Instance;
        var compiler = new CypherCompiler(schema);
        var statements = SamplePlans.All()
            .Select(p => (p.Name, Statement: compiler.Compile(p.Plan).Statement))
            .Concat(SchemaDdl.For(new Version(5, 20), schema).Select((s, i) => (Name: $"ddl-5-{i}", Statement: s)))
            .Concat(SeedStatements())
            .ToList();
        var reservedKeys = new[] { "total", "after", "window", "items", "score", ProjectionCompiler.NodeKey, ProjectionCompiler.SortKeysKey, ProjectionCompiler.EdgeKey, AggregateCompiler.ValuesKey };
        var input = new
        {
            schema = new
            {
                labels = schema.Labels.Select(l => l.Name),
                relationshipTypes = schema.RelationshipTypes,
                propertyKeys = schema.Labels.SelectMany(l => l.Properties).Concat(schema.Relationships.SelectMany(r => r.Properties))
                    .SelectMany(p => new[] { p.Name, CypherNames.Shadow(p.Name) })
                    .Concat(reservedKeys).Concat(Enumerable.Range(0, 10).Select(ProjectionCompiler.SelectionKey))
                    .Concat(["row", "id", "props", "start", "end", "rows"]).Distinct(),
            },
            statements = statements.Select(s => new { name = s.Name, text = s.Statement.Text, parameters = s.Statement.Parameters.Keys }),
        };
        var file = Path.Combine(Path.GetTempPath(), $"kg-cypher-lint-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(input));

        var report = await LintAsync(file);

        Assert.True(statements.Count > 30, "The sample should cover every construct.");
        using var diagnostics = JsonDocument.Parse(report);
        Assert.True(diagnostics.RootElement.GetArrayLength() == 0, "Cypher 5 diagnostics:\n" + report);
    }

    private static IEnumerable<(string Name, CypherStatement Statement)> SeedStatements()
    {
        var runner = new RecordingRunner();
        new Neo4jSeeder(runner, KnowledgeGraphSchema.Instance)
            .SeedAsync(Core.Tests.TestGraphs.TestGraph.France().Participates("ACT-A", "ALL-B", "FUNDER")
                .Actor("ACT-A", "A", "COMPANY").Alliance("ALL-B", "B", "PATRONAGE").Build(), null, CancellationToken.None)
            .GetAwaiter().GetResult();
        return runner.Statements.Where(s => !s.Text.StartsWith("CREATE", StringComparison.Ordinal)).Select((s, i) => ($"seed-{i}", s));
    }

    private static async Task<string> LintAsync(string inputFile)
    {
        var folder = LintFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@neo4j-cypher")))
        {
            await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error", folder);
        }

        return await RunAsync("node", $"lint.mjs \"{inputFile}\"", folder);
    }

    private static async Task<string> RunAsync(string program, string arguments, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {arguments} failed: {await error}");
        return await output;
    }

    private static string LintFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.Neo4j.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("The test project folder was not found."), "cypher-lint");
    }
}
