using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Seeding;
using KnowledgeGraph.Neo4j.Writes;

namespace KnowledgeGraph.Neo4j.Tests.Lint;

/// <summary>
/// Every statement the store generates for a 5.x-or-later server (<see cref="GeneratedStatements"/>) must be valid
/// Cypher 5 AND Cypher 25 (the default of new databases from Neo4j 2026.02): Neo4j's own language support (npm
/// @neo4j-cypher/language-support, cypher-lint/lint.mjs) lints each in both languages and must report nothing.
/// </summary>
public sealed class CypherLintTests
{
    [Fact]
    public async Task Every_generated_statement_is_valid_cypher_5_and_cypher_25()
    {
        var statements = GeneratedStatements.All();

        var report = await LintAsync(statements);

        Assert.True(statements.Count > 60, "The set should cover every construct and statement kind.");
        using var diagnostics = JsonDocument.Parse(report);
        Assert.True(diagnostics.RootElement.GetArrayLength() == 0, "Cypher 5 / Cypher 25 diagnostics:\n" + report);
    }

    /// <summary>The lint really applies both languages: FILTER is a Cypher 25 clause, unknown to Cypher 5.</summary>
    [Fact]
    public async Task The_lint_tells_cypher_5_from_cypher_25()
    {
        var statement = new CypherStatement("MATCH (n:`Actor`) FILTER n.id = $id RETURN n.id AS id", new Dictionary<string, object?> { ["id"] = null });

        var report = await LintAsync([("cypher-25-only", statement)]);

        using var diagnostics = JsonDocument.Parse(report);
        Assert.Equal(["CYPHER 5"], diagnostics.RootElement.EnumerateArray().Select(d => d.GetProperty("language").GetString()));
    }

    private static async Task<string> LintAsync(IReadOnlyList<(string Name, CypherStatement Statement)> statements)
    {
        var schema = KnowledgeGraphSchema.Instance;
        var reservedKeys = new[] { "total", "after", "window", "items", "score", ProjectionCompiler.NodeKey, ProjectionCompiler.SortKeysKey, ProjectionCompiler.EdgePropertiesKey, ProjectionCompiler.EdgeKeyKey, AggregateCompiler.ValuesKey };
        var input = new
        {
            schema = new
            {
                labels = schema.Labels.Select(l => l.Name).Concat([Neo4jAudit.Label, Neo4jGraphWriter.MetaLabel]),
                relationshipTypes = schema.RelationshipTypes,
                propertyKeys = schema.Labels.SelectMany(l => l.Properties).Concat(schema.Relationships.SelectMany(r => r.Properties))
                    .SelectMany(p => new[] { p.Name, CypherNames.Shadow(p.Name) })
                    .Concat(reservedKeys).Concat(Enumerable.Range(0, 10).Select(ProjectionCompiler.SelectionKey))
                    .Concat(["row", "id", "props", "start", "end", "rows", "key", "value", "sequence", "dataVersion", "at", "who", "summary"]).Distinct(),
            },
            statements = statements.Select(s => new { name = s.Name, text = s.Statement.Text, parameters = s.Statement.Parameters.Keys }),
        };
        var file = Path.Combine(Path.GetTempPath(), $"kg-cypher-lint-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(input));
        try
        {
            return await LintAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
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
