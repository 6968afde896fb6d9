using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Analytics;
using Xunit;

namespace KnowledgeGraph.Tests.Oracles;

/// <summary>
/// Runs networkx (Debian's python3-networkx under /usr/bin/python3, installed by tools/oracles/install.sh from ./test.sh) on graphs and returns
/// what it computes, per graph, as JSON: the outside oracle the service's measures are held to.
/// </summary>
public static class NetworkxOracle
{
    public const string Python = "/usr/bin/python3";

    public static async Task<IReadOnlyList<JsonObject>> RunAsync(IEnumerable<OracleGraph> graphs)
    {
        var input = new JsonObject
        {
            ["graphs"] = new JsonArray([.. graphs.Select(g => (JsonNode)g.ToJson())]),
        };
        var script = Path.Combine(AppContext.BaseDirectory, "Oracles", "networkx_oracle.py");
        var start = new ProcessStartInfo(Python, [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input.ToJsonString());
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"networkx oracle failed: {await errors}");
        var answer = JsonNode.Parse(await output)!.AsObject();
        return [.. answer["graphs"]!.AsArray().Select(g => g!.AsObject())];
    }
}

/// <summary>A graph for the oracle, with partitions whose modularity and connectedness networkx should check.</summary>
public sealed record OracleGraph(string Name, WeightedGraph Graph, IReadOnlyDictionary<string, IReadOnlyList<int>> Partitions)
{
    public JsonObject ToJson()
    {
        var ids = Graph.NodeIds;
        var partitions = new JsonObject();
        foreach (var (name, communityOf) in Partitions)
        {
            var assignment = new JsonObject();
            for (var v = 0; v < ids.Count; v++)
            {
                assignment[ids[v]] = communityOf[v];
            }

            partitions[name] = assignment;
        }

        return new JsonObject
        {
            ["name"] = Name,
            ["nodes"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]),
            ["edges"] = new JsonArray([.. Graph.Edges().Select(e => (JsonNode)new JsonArray(ids[e.Source], ids[e.Target], e.Weight))]),
            ["partitions"] = partitions,
        };
    }
}
