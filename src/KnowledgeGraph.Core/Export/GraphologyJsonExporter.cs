using System.Text.Json;
using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// graphology's serialisation, which sigma.js loads directly (<c>Graph.from(json)</c> or <c>graph.import(json)</c>):
/// <c>{ "attributes": {}, "options": { "type": "directed"|"undirected", "multi": bool, "allowSelfLoops": true },
/// "nodes": [{ "key", "attributes": { label, nodeLabel, …properties } }], "edges": [{ "key", "source", "target",
/// "attributes": { label, relationshipType, …properties } }] }</c>. <c>label</c> is the display name of a node (what
/// sigma draws) and the relationship type of an edge; the graph is multi when two edges join the same pair.
/// </summary>
public sealed class GraphologyJsonExporter : ISubGraphExporter
{
    private static readonly HashSet<string> NodeReserved = ["label", GexfExporter.NodeLabelAttribute];
    private static readonly HashSet<string> EdgeReserved = ["label", GexfExporter.RelationshipTypeAttribute];

    public ExportFormat Format => ExportFormat.GraphologyJson;

    public string ContentType => "application/json";

    public string FileExtension => "json";

    public async Task WriteAsync(SubGraph graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        writer.WriteStartObject();
        writer.WriteStartObject("attributes");
        writer.WriteEndObject();
        writer.WriteStartObject("options");
        writer.WriteString("type", graph.Directed ? "directed" : "undirected");
        writer.WriteBoolean("multi", IsMulti(graph));
        writer.WriteBoolean("allowSelfLoops", true);
        writer.WriteEndObject();
        writer.WriteStartArray("nodes");
        var written = 0;
        foreach (var node in graph.Nodes)
        {
            writer.WriteStartObject();
            writer.WriteString("key", XmlChars.WellFormedUtf16(node.Id));
            writer.WriteStartObject("attributes");
            writer.WriteString("label", XmlChars.WellFormedUtf16(node.Name));
            writer.WriteString(GexfExporter.NodeLabelAttribute, node.Label);
            CytoscapeJsonExporter.WriteProperties(writer, node.Properties, NodeReserved);
            writer.WriteEndObject();
            writer.WriteEndObject();
            await CytoscapeJsonExporter.FlushSometimesAsync(writer, ++written, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            writer.WriteStartObject();
            writer.WriteString("key", XmlChars.WellFormedUtf16(edge.Id));
            writer.WriteString("source", XmlChars.WellFormedUtf16(edge.Source));
            writer.WriteString("target", XmlChars.WellFormedUtf16(edge.Target));
            writer.WriteStartObject("attributes");
            writer.WriteString("label", edge.Type);
            writer.WriteString(GexfExporter.RelationshipTypeAttribute, edge.Type);
            CytoscapeJsonExporter.WriteProperties(writer, edge.Properties, EdgeReserved);
            writer.WriteEndObject();
            writer.WriteEndObject();
            await CytoscapeJsonExporter.FlushSometimesAsync(writer, ++written, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    // graphology refuses a second edge between the same (ordered, when directed) pair unless the graph is multi.
    private static bool IsMulti(SubGraph graph)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var edge in graph.Edges)
        {
            var pair = graph.Directed || string.CompareOrdinal(edge.Source, edge.Target) <= 0 ? (edge.Source, edge.Target) : (edge.Target, edge.Source);
            if (!pairs.Add(pair))
            {
                return true;
            }
        }

        return false;
    }
}
