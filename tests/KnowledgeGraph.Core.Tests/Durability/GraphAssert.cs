using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>
/// Compares two graphs record by record (labels, ids, every property value; relationship definitions and ends), in
/// any order: a graph is a set of records (a store that applied writes in place lists its nodes by label and id).
/// </summary>
public static class GraphAssert
{
    public static void Equal(GraphData expected, GraphData actual)
    {
        Assert.Equal(expected.Nodes.Select(Describe).Order(StringComparer.Ordinal), actual.Nodes.Select(Describe).Order(StringComparer.Ordinal));
        Assert.Equal(
            expected.Relationships.Select(Describe).Order(StringComparer.Ordinal), actual.Relationships.Select(Describe).Order(StringComparer.Ordinal));
    }

    public static string Describe(NodeRecord node) => $"{node.Label.Name} {node.Id} {Describe(node.Properties)}";

    public static string Describe(RelationshipRecord relationship) =>
        $"{relationship.Definition} {relationship.StartId}->{relationship.EndId} {Describe(relationship.Properties)}";

    private static string Describe(IReadOnlyDictionary<string, object> properties) =>
        string.Join(";", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Format(p.Value)}:{p.Value.GetType().Name}"));

    private static string Format(object value) => value is not string && value is IEnumerable<string> items
        ? "[" + string.Join(",", items) + "]"
        : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
}
