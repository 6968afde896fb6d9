using System.Globalization;
using System.Xml;
using KnowledgeGraph.Core.Analytics;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// GEXF for Gephi, networkx and igraph users: 1.2draft by default (read by Gephi 0.9/0.10, networkx 2.8 and 3),
/// 1.3 on request (<see cref="ExportSettings.GexfVersion"/>). A node's <c>label</c> is its display name and its graph
/// label is the attribute <c>nodeLabel</c> (Gephi reserves "label"); an edge's <c>label</c> is its relationship type,
/// also the attribute <c>relationshipType</c> (the XML attribute <c>type</c> means directed/undirected in GEXF); its
/// <c>weight</c> is the <c>weight</c> property when numeric, else 1. Other properties are declared attributes.
/// With <see cref="ExportSettings.Spells"/> the graph is <c>mode="dynamic"</c> (<c>timeformat="integer"</c>, years):
/// an element with one period gets <c>start</c>/<c>end</c> (no <c>end</c> while it runs), one with several a
/// <c>&lt;spells&gt;</c> list. Text is written as XML 1.0 can carry it (<see cref="XmlChars"/>).
/// </summary>
public sealed class GexfExporter(ExportSettings? settings = null) : ISubGraphExporter
{
    public const string Namespace = "http://gexf.net/1.3";
    public const string Namespace12 = "http://www.gexf.net/1.2draft";
    public const string NodeLabelAttribute = "nodeLabel";
    public const string RelationshipTypeAttribute = "relationshipType";

    private readonly ExportSettings _settings = settings ?? ExportSettings.Default;

    public ExportFormat Format => ExportFormat.Gexf;

    public string ContentType => "application/gexf+xml";

    public string FileExtension => "gexf";

    private string Ns => _settings.GexfVersion == GexfVersion.V1_3 ? Namespace : Namespace12;

    public async Task WriteAsync(SubGraph graph, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodeColumns = AttributeColumn.For(graph.Nodes.Select(n => n.Properties), new HashSet<string> { "id", NodeLabelAttribute });
        var edgeColumns = AttributeColumn.For(graph.Edges.Select(e => e.Properties), new HashSet<string> { "id", "weight", RelationshipTypeAttribute });
        await using var writer = XmlExport.CreateWriter(output);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "gexf", Ns);
        await writer.WriteAttributeStringAsync(null, "version", null, _settings.GexfVersion == GexfVersion.V1_3 ? "1.3" : "1.2");
        await writer.WriteStartElementAsync(null, "meta", Ns);
        await writer.WriteElementStringAsync(null, "creator", Ns, "KnowledgeGraph");
        await writer.WriteEndElementAsync();
        await writer.WriteStartElementAsync(null, "graph", Ns);
        await writer.WriteAttributeStringAsync(null, "defaultedgetype", null, graph.Directed ? "directed" : "undirected");
        await writer.WriteAttributeStringAsync(null, "mode", null, _settings.Spells is null ? "static" : "dynamic");
        if (_settings.Spells is not null)
        {
            await writer.WriteAttributeStringAsync(null, "timeformat", null, "integer");
        }

        await WriteDeclarationsAsync(writer, "node", NodeLabelAttribute, nodeColumns);
        await WriteDeclarationsAsync(writer, "edge", RelationshipTypeAttribute, edgeColumns);
        await WriteNodesAsync(writer, graph, nodeColumns, cancellationToken);
        await WriteEdgesAsync(writer, graph, edgeColumns, cancellationToken);
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    // Attribute ids are positions: 0 is the fixed attribute, then one per column.
    private async Task WriteDeclarationsAsync(XmlWriter writer, string @class, string fixedTitle, IReadOnlyList<AttributeColumn> columns)
    {
        await writer.WriteStartElementAsync(null, "attributes", Ns);
        await writer.WriteAttributeStringAsync(null, "class", null, @class);
        await WriteDeclarationAsync(writer, 0, fixedTitle, AttributeKind.String);
        for (var i = 0; i < columns.Count; i++)
        {
            await WriteDeclarationAsync(writer, i + 1, columns[i].Name, columns[i].Kind);
        }

        await writer.WriteEndElementAsync();
    }

    private async Task WriteDeclarationAsync(XmlWriter writer, int id, string title, AttributeKind kind)
    {
        await writer.WriteStartElementAsync(null, "attribute", Ns);
        await writer.WriteAttributeStringAsync(null, "id", null, id.ToString(CultureInfo.InvariantCulture));
        await writer.WriteAttributeStringAsync(null, "title", null, XmlChars.Clean(title));
        await writer.WriteAttributeStringAsync(null, "type", null, kind switch
        {
            AttributeKind.Long => "long",
            AttributeKind.Double => "double",
            AttributeKind.Boolean => "boolean",
            _ => "string",
        });
        await writer.WriteEndElementAsync();
    }

    private async Task WriteNodesAsync(XmlWriter writer, SubGraph graph, IReadOnlyList<AttributeColumn> columns, CancellationToken cancellationToken)
    {
        await writer.WriteStartElementAsync(null, "nodes", Ns);
        var written = 0;
        foreach (var node in graph.Nodes)
        {
            await writer.WriteStartElementAsync(null, "node", Ns);
            await writer.WriteAttributeStringAsync(null, "id", null, XmlChars.Clean(node.Id));
            await writer.WriteAttributeStringAsync(null, "label", null, XmlChars.Clean(node.Name));
            var spells = _settings.Spells?.OfNode(node.Id) ?? [];
            await WritePeriodAttributesAsync(writer, spells);
            await WriteValuesAsync(writer, node.Label, node.Properties, columns);
            await WriteSpellsAsync(writer, spells);
            await writer.WriteEndElementAsync();
            await XmlExport.FlushSometimesAsync(writer, ++written, cancellationToken);
        }

        await writer.WriteEndElementAsync();
    }

    private async Task WriteEdgesAsync(XmlWriter writer, SubGraph graph, IReadOnlyList<AttributeColumn> columns, CancellationToken cancellationToken)
    {
        await writer.WriteStartElementAsync(null, "edges", Ns);
        var written = 0;
        foreach (var edge in graph.Edges)
        {
            await writer.WriteStartElementAsync(null, "edge", Ns);
            await writer.WriteAttributeStringAsync(null, "id", null, XmlChars.Clean(edge.Id));
            await writer.WriteAttributeStringAsync(null, "source", null, XmlChars.Clean(edge.Source));
            await writer.WriteAttributeStringAsync(null, "target", null, XmlChars.Clean(edge.Target));
            await writer.WriteAttributeStringAsync(null, "label", null, XmlChars.Clean(edge.Type));
            if (_settings.GexfVersion == GexfVersion.V1_3)
            {
                await writer.WriteAttributeStringAsync(null, "kind", null, XmlChars.Clean(edge.Type));
            }

            await writer.WriteAttributeStringAsync(null, "weight", null, AttributeColumn.Format(WeightOf(edge)));
            var spells = _settings.Spells?.OfEdge(edge.Id) ?? [];
            await WritePeriodAttributesAsync(writer, spells);
            await WriteValuesAsync(writer, edge.Type, edge.Properties, columns);
            await WriteSpellsAsync(writer, spells);
            await writer.WriteEndElementAsync();
            await XmlExport.FlushSometimesAsync(writer, ++written, cancellationToken);
        }

        await writer.WriteEndElementAsync();
    }

    // One period: start/end attributes (an open end is simply left out, which every reader understands).
    private static async Task WritePeriodAttributesAsync(XmlWriter writer, IReadOnlyList<Spell> spells)
    {
        if (spells is [var spell])
        {
            await writer.WriteAttributeStringAsync(null, "start", null, spell.Start.ToString(CultureInfo.InvariantCulture));
            if (spell.End is { } end)
            {
                await writer.WriteAttributeStringAsync(null, "end", null, end.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    // Several periods: a <spells> list. networkx 2.8 cannot read a spell without an end, so a running period ends at
    // the data's horizon (the latest year of any alliance).
    private async Task WriteSpellsAsync(XmlWriter writer, IReadOnlyList<Spell> spells)
    {
        if (spells.Count < 2)
        {
            return;
        }

        await writer.WriteStartElementAsync(null, "spells", Ns);
        foreach (var spell in spells)
        {
            await writer.WriteStartElementAsync(null, "spell", Ns);
            await writer.WriteAttributeStringAsync(null, "start", null, spell.Start.ToString(CultureInfo.InvariantCulture));
            var end = spell.End ?? Math.Max(spell.Start, _settings.Spells?.Horizon ?? spell.Start);
            await writer.WriteAttributeStringAsync(null, "end", null, end.ToString(CultureInfo.InvariantCulture));
            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
    }

    private async Task WriteValuesAsync(XmlWriter writer, string fixedValue, IReadOnlyDictionary<string, object> properties,
        IReadOnlyList<AttributeColumn> columns)
    {
        await writer.WriteStartElementAsync(null, "attvalues", Ns);
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

    private async Task WriteValueAsync(XmlWriter writer, int id, string value)
    {
        await writer.WriteStartElementAsync(null, "attvalue", Ns);
        await writer.WriteAttributeStringAsync(null, "for", null, id.ToString(CultureInfo.InvariantCulture));
        await writer.WriteAttributeStringAsync(null, "value", null, XmlChars.Clean(value));
        await writer.WriteEndElementAsync();
    }

    private static double WeightOf(SubGraphEdge edge) =>
        edge.Properties.TryGetValue("weight", out var weight) && weight is long or double or int ? Convert.ToDouble(weight, CultureInfo.InvariantCulture) : 1.0;
}
