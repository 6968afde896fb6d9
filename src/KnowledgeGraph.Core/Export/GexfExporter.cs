using System.Globalization;
using System.Xml;
using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// GEXF 1.3 for Gephi. A node's <c>label</c> is its display name and its graph label is the attribute
/// <c>nodeLabel</c> (Gephi reserves "label"); an edge's <c>label</c> and <c>kind</c> are its relationship type, also
/// the attribute <c>relationshipType</c> (the XML attribute <c>type</c> means directed/undirected in GEXF); its
/// <c>weight</c> is the <c>weight</c> property when numeric, else 1. Other properties are declared attributes.
/// </summary>
public sealed class GexfExporter : ISubGraphExporter
{
    public const string Namespace = "http://gexf.net/1.3";
    public const string NodeLabelAttribute = "nodeLabel";
    public const string RelationshipTypeAttribute = "relationshipType";

    public ExportFormat Format => ExportFormat.Gexf;

    public string ContentType => "application/gexf+xml";

    public string FileExtension => "gexf";

    public async Task WriteAsync(SubGraph graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodeColumns = AttributeColumn.For(graph.Nodes.Select(n => n.Properties), new HashSet<string> { "id", NodeLabelAttribute });
        var edgeColumns = AttributeColumn.For(graph.Edges.Select(e => e.Properties), new HashSet<string> { "id", "weight", RelationshipTypeAttribute });
        await using var writer = XmlExport.CreateWriter(output);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "gexf", Namespace);
        await writer.WriteAttributeStringAsync(null, "version", null, "1.3");
        await writer.WriteStartElementAsync(null, "meta", Namespace);
        await writer.WriteElementStringAsync(null, "creator", Namespace, "KnowledgeGraph");
        await writer.WriteEndElementAsync();
        await writer.WriteStartElementAsync(null, "graph", Namespace);
        await writer.WriteAttributeStringAsync(null, "defaultedgetype", null, graph.Directed ? "directed" : "undirected");
        await writer.WriteAttributeStringAsync(null, "mode", null, "static");
        await WriteDeclarationsAsync(writer, "node", NodeLabelAttribute, nodeColumns);
        await WriteDeclarationsAsync(writer, "edge", RelationshipTypeAttribute, edgeColumns);
        await WriteNodesAsync(writer, graph, nodeColumns, cancellationToken);
        await WriteEdgesAsync(writer, graph, edgeColumns, cancellationToken);
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    // Attribute ids are positions: 0 is the fixed attribute, then one per column.
    private static async Task WriteDeclarationsAsync(XmlWriter writer, string @class, string fixedTitle, IReadOnlyList<AttributeColumn> columns)
    {
        await writer.WriteStartElementAsync(null, "attributes", Namespace);
        await writer.WriteAttributeStringAsync(null, "class", null, @class);
        await WriteDeclarationAsync(writer, 0, fixedTitle, AttributeKind.String);
        for (var i = 0; i < columns.Count; i++)
        {
            await WriteDeclarationAsync(writer, i + 1, columns[i].Name, columns[i].Kind);
        }

        await writer.WriteEndElementAsync();
    }

    private static async Task WriteDeclarationAsync(XmlWriter writer, int id, string title, AttributeKind kind)
    {
        await writer.WriteStartElementAsync(null, "attribute", Namespace);
        await writer.WriteAttributeStringAsync(null, "id", null, id.ToString(CultureInfo.InvariantCulture));
        await writer.WriteAttributeStringAsync(null, "title", null, title);
        await writer.WriteAttributeStringAsync(null, "type", null, kind switch
        {
            AttributeKind.Long => "long",
            AttributeKind.Double => "double",
            AttributeKind.Boolean => "boolean",
            _ => "string",
        });
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteNodesAsync(XmlWriter writer, SubGraph graph, IReadOnlyList<AttributeColumn> columns, CancellationToken cancellationToken)
    {
        await writer.WriteStartElementAsync(null, "nodes", Namespace);
        var written = 0;
        foreach (var node in graph.Nodes)
        {
            await writer.WriteStartElementAsync(null, "node", Namespace);
            await writer.WriteAttributeStringAsync(null, "id", null, node.Id);
            await writer.WriteAttributeStringAsync(null, "label", null, node.Name);
            await WriteValuesAsync(writer, node.Label, node.Properties, columns);
            await writer.WriteEndElementAsync();
            await XmlExport.FlushSometimesAsync(writer, ++written, cancellationToken);
        }

        await writer.WriteEndElementAsync();
    }

    private static async Task WriteEdgesAsync(XmlWriter writer, SubGraph graph, IReadOnlyList<AttributeColumn> columns, CancellationToken cancellationToken)
    {
        await writer.WriteStartElementAsync(null, "edges", Namespace);
        var written = 0;
        foreach (var edge in graph.Edges)
        {
            await writer.WriteStartElementAsync(null, "edge", Namespace);
            await writer.WriteAttributeStringAsync(null, "id", null, edge.Id);
            await writer.WriteAttributeStringAsync(null, "source", null, edge.Source);
            await writer.WriteAttributeStringAsync(null, "target", null, edge.Target);
            await writer.WriteAttributeStringAsync(null, "label", null, edge.Type);
            await writer.WriteAttributeStringAsync(null, "kind", null, edge.Type);
            await writer.WriteAttributeStringAsync(null, "weight", null, AttributeColumn.Format(WeightOf(edge)));
            await WriteValuesAsync(writer, edge.Type, edge.Properties, columns);
            await writer.WriteEndElementAsync();
            await XmlExport.FlushSometimesAsync(writer, ++written, cancellationToken);
        }

        await writer.WriteEndElementAsync();
    }

    private static async Task WriteValuesAsync(XmlWriter writer, string fixedValue, IReadOnlyDictionary<string, object> properties,
        IReadOnlyList<AttributeColumn> columns)
    {
        await writer.WriteStartElementAsync(null, "attvalues", Namespace);
        await WriteValueAsync(writer, 0, fixedValue);
        for (var i = 0; i < columns.Count; i++)
        {
            if (properties.TryGetValue(columns[i].Name, out var value))
            {
                await WriteValueAsync(writer, i + 1, AttributeColumn.Format(value));
            }
        }

        await writer.WriteEndElementAsync();
    }

    private static async Task WriteValueAsync(XmlWriter writer, int id, string value)
    {
        await writer.WriteStartElementAsync(null, "attvalue", Namespace);
        await writer.WriteAttributeStringAsync(null, "for", null, id.ToString(CultureInfo.InvariantCulture));
        await writer.WriteAttributeStringAsync(null, "value", null, value);
        await writer.WriteEndElementAsync();
    }

    private static double WeightOf(SubGraphEdge edge) =>
        edge.Properties.TryGetValue("weight", out var weight) && weight is long or double or int ? Convert.ToDouble(weight, CultureInfo.InvariantCulture) : 1.0;
}
