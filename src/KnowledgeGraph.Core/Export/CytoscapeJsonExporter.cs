using System.Text.Json;
using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// Cytoscape.js elements: <c>{ "directed": bool, "data": { "directed": bool }, "elements": { "nodes": [{ "data": { id,
/// label, name, …properties } }], "edges": [{ "data": { id, source, target, type, …properties } }] } }</c>.
/// <c>label</c> is the graph label (Actor…), <c>name</c> the display name; numbers stay numbers and list properties
/// become arrays. <c>directed</c> says whether the edges have a direction (false for the co-participation network).
/// </summary>
public sealed class CytoscapeJsonExporter : ISubGraphExporter
{
    private const int FlushEvery = 512;

    private static readonly HashSet<string> NodeReserved = ["id", "label", "name"];
    private static readonly HashSet<string> EdgeReserved = ["id", "source", "target", "type"];

    public ExportFormat Format => ExportFormat.CytoscapeJson;

    public string ContentType => "application/json";

    public string FileExtension => "json";

    public async Task WriteAsync(SubGraph graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        writer.WriteStartObject();
        writer.WriteBoolean("directed", graph.Directed);
        writer.WriteStartObject("data");
        writer.WriteBoolean("directed", graph.Directed);
        writer.WriteEndObject();
        writer.WriteStartObject("elements");
        writer.WriteStartArray("nodes");
        var written = 0;
        foreach (var node in graph.Nodes)
        {
            StartData(writer);
            writer.WriteString("id", XmlChars.WellFormedUtf16(node.Id));
            writer.WriteString("label", node.Label);
            writer.WriteString("name", XmlChars.WellFormedUtf16(node.Name));
            WriteProperties(writer, node.Properties, NodeReserved);
            EndData(writer);
            await FlushSometimesAsync(writer, ++written, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            StartData(writer);
            writer.WriteString("id", XmlChars.WellFormedUtf16(edge.Id));
            writer.WriteString("source", XmlChars.WellFormedUtf16(edge.Source));
            writer.WriteString("target", XmlChars.WellFormedUtf16(edge.Target));
            writer.WriteString("type", edge.Type);
            WriteProperties(writer, edge.Properties, EdgeReserved);
            EndData(writer);
            await FlushSometimesAsync(writer, ++written, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private static void StartData(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
    }

    private static void EndData(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    internal static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object> properties, HashSet<string> reserved)
    {
        foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!reserved.Contains(name))
            {
                writer.WritePropertyName(XmlChars.WellFormedUtf16(name));
                WriteValue(writer, value);
            }
        }
    }

    internal static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text: writer.WriteStringValue(XmlChars.WellFormedUtf16(text)); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case long number: writer.WriteNumberValue(number); break;
            case int number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(XmlChars.WellFormedUtf16(AttributeColumn.Format(value))); break;
        }
    }

    internal static async Task FlushSometimesAsync(Utf8JsonWriter writer, int written, CancellationToken cancellationToken)
    {
        if (written % FlushEvery == 0)
        {
            await writer.FlushAsync(cancellationToken);
        }
    }
}
