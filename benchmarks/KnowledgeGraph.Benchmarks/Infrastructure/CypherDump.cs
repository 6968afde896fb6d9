using System.Text.Json;
using KnowledgeGraph.Neo4j.Cypher;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// <c>--cypher simple-page|flagship|deep-nested</c>: prints the statement the Neo4j store runs for a scenario as a
/// Neo4j HTTP transaction body (<c>{"statements":[{"statement", "parameters"}]}</c>), to PROFILE it on a server.
/// </summary>
public static class CypherDump
{
    public static bool TryRun(string[] args)
    {
        var at = Array.IndexOf(args, "--cypher");
        if (at < 0 || at + 1 >= args.Length)
            return false;
        var query = args[at + 1] switch
        {
            "simple-page" => Operations.SimplePage,
            "flagship" => Operations.Flagship,
            "deep-nested" => Operations.DeepNested,
            var other => throw new ArgumentException($"Unknown scenario '{other}'."),
        };
        var statement = new CypherCompiler(ReferenceGraph.Schema).Compile(GraphQLHost.PlanOf(query)).Statement;
        var body = new { statements = new[] { new { statement = statement.Text, parameters = statement.Parameters } } };
        Console.WriteLine(JsonSerializer.Serialize(body));
        return true;
    }
}
