using System.Xml;
using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// GraphML with a <c>&lt;key&gt;</c> per attribute. Nodes carry <c>label</c> (the display name, as in GEXF and as
/// Gephi, yEd and igraph show it), <c>nodeLabel</c> (the graph label, e.g. Actor) and their other properties; edges
/// carry <c>label</c> and <c>relationshipType</c> (both the relationship type) and their properties. Node keys are
/// <c>n0, n1…</c>, edge keys <c>e0, e1…</c>, in that order. Text is written as XML 1.0 can carry it (<see cref="XmlChars"/>).
/// </summary>
public sealed class GraphMlExporter : ISubGraphExporter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly AttributeColumn NodeName = new("label", AttributeKind.String);
    private static readonly AttributeColumn NodeLabel = new(GexfExporter.NodeLabelAttribute, AttributeKind.String);
    private static readonly AttributeColumn EdgeLabel = new("label", AttributeKind.String);
    private static readonly AttributeColumn EdgeType = new(GexfExporter.RelationshipTypeAttribute, AttributeKind.String);

    public ExportFormat Format => ExportFormat.GraphMl;

    public string ContentType => "application/graphml+xml";

    public string FileExtension => "graphml";

    public async Task WriteAsync(SubGraph graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        IReadOnlyList<AttributeColumn> nodeColumns =
            [NodeName, NodeLabel, .. AttributeColumn.For(graph.Nodes.Select(n => n.Properties), new HashSet<string> { "id", "label", GexfExporter.NodeLabelAttribute })];
        IReadOnlyList<AttributeColumn> edgeColumns =
            [EdgeLabel, EdgeType, .. AttributeColumn.For(graph.Edges.Select(e => e.Properties), new HashSet<string> { "id", "label", GexfExporter.RelationshipTypeAttribute })];
        await using var writer = XmlExport.CreateWriter(output);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "graphml", Namespace);
        await WriteKeysAsync(writer, "node", "n", nodeColumns);
        await WriteKeysAsync(writer, "edge", "e", edgeColumns);
        await writer.WriteStartElementAsync(null, "graph", Namespace);
        await writer.WriteAttributeStringAsync(null, "id", null, "G");
        await writer.WriteAttributeStringAsync(null, "edgedefault", null, graph.Directed ? "directed" : "undirected");
        var written = 0;
        foreach (var node in graph.Nodes)
        {
            await writer.WriteStartElementAsync(null, "node", Namespace);
            await writer.WriteAttributeStringAsync(null, "id", null, XmlChars.Clean(node.Id));
            await WriteDataAsync(writer, "n", nodeColumns, c => c == NodeLabel ? node.Label : c == NodeName ? node.Name : node.Properties.GetValueOrDefault(c.Name));
            await writer.WriteEndElementAsync();
            await XmlExport.FlushSometimesAsync(writer, ++written, cancellationToken);
        }

        foreach (var edge in graph.Edges)
        {
            await writer.WriteStartElementAsync(null, "edge", Namespace);
            await writer.WriteAttributeStringAsync(null, "id", null, XmlChars.Clean(edge.Id));
            await writer.WriteAttributeStringAsync(null, "source", null, XmlChars.Clean(edge.Source));
            await writer.WriteAttributeStringAsync(null, "target", null, XmlChars.Clean(edge.Target));
            await WriteDataAsync(writer, "e", edgeColumns, c => c == EdgeType || c == EdgeLabel ? edge.Type : edge.Properties.GetValueOrDefault(c.Name));
            await writer.WriteEndElementAsync();
            await XmlExport.FlushSometimesAsync(writer, ++written, cancellationToken);
        }

        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    private static async Task WriteKeysAsync(XmlWriter writer, string domain, string prefix, IReadOnlyList<AttributeColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            await writer.WriteStartElementAsync(null, "key", Namespace);
            await writer.WriteAttributeStringAsync(null, "id", null, prefix + i);
            await writer.WriteAttributeStringAsync(null, "for", null, domain);
            await writer.WriteAttributeStringAsync(null, "attr.name", null, XmlChars.Clean(columns[i].Name));
            await writer.WriteAttributeStringAsync(null, "attr.type", null, columns[i].Kind switch
            {
                AttributeKind.Long => "long",
                AttributeKind.Double => "double",
                AttributeKind.Boolean => "boolean",
                _ => "string",
            });
            await writer.WriteEndElementAsync();
        }
    }

    private static async Task WriteDataAsync(XmlWriter writer, string prefix, IReadOnlyList<AttributeColumn> columns, Func<AttributeColumn, object?> valueOf)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (valueOf(columns[i]) is { } value)
            {
                await writer.WriteStartElementAsync(null, "data", Namespace);
                await writer.WriteAttributeStringAsync(null, "key", null, prefix + i);
                await writer.WriteStringAsync(XmlChars.Clean(AttributeColumn.Format(value)));
                await writer.WriteEndElementAsync();
            }
        }
    }
}
