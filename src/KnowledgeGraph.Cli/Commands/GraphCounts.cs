using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Prints how many nodes per label and relationships per type a graph holds.</summary>
internal static class GraphCounts
{
    public static async Task WriteAsync(TextWriter writer, GraphData data)
    {
        await writer.WriteLineAsync($"Nodes: {data.Nodes.Count}");
        foreach (var group in data.Nodes.GroupBy(n => n.Label.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await writer.WriteLineAsync($"  {group.Key,-18} {group.Count(),9}");
        }

        await writer.WriteLineAsync($"Relationships: {data.Relationships.Count}");
        foreach (var group in data.Relationships.GroupBy(r => r.Definition.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await writer.WriteLineAsync($"  {group.Key,-18} {group.Count(),9}");
        }
    }
}
