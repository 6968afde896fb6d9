using KnowledgeGraph.Core.Results;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// A record shaped like the one a compiled read returns from Neo4j (one row of nested maps and lists: a map
/// projection with pattern comprehensions), built from the flagship answer on the reference data.
/// </summary>
public static class TypicalRecord
{
    public static IReadOnlyDictionary<string, object?> Flagship()
    {
        var plan = GraphQLHost.PlanOf(Operations.Flagship);
        var result = ReferenceGraph.Store.ReadAsync(plan, CancellationToken.None).GetAwaiter().GetResult();
        return result.Roots.ToDictionary(r => r.Key, r => r.Value is ConnectionResult page ? Page(page) : null);
    }

    private static object? Page(ConnectionResult page) => new Dictionary<string, object?>
    {
        ["totalCount"] = page.TotalCount,
        ["hasNextPage"] = page.HasNextPage,
        ["edges"] = page.Edges.Select(edge => (object?)new Dictionary<string, object?>(edge.EdgeProperties.Select(Plain))
        {
            ["node"] = Node(edge.Node),
        }).ToList(),
    };

    private static Dictionary<string, object?> Node(NodeResult node)
    {
        var map = new Dictionary<string, object?>(node.Properties.Select(Plain)) { ["id"] = node.Id };
        foreach (var (key, page) in node.Relationships)
            map[key] = Page(page);
        return map;
    }

    /// <summary>PackStream integers are 64-bit and lists are lists of objects.</summary>
    private static KeyValuePair<string, object?> Plain(KeyValuePair<string, object?> property) => new(property.Key, property.Value switch
    {
        int i => (long)i,
        System.Collections.IEnumerable list and not string => list.Cast<object?>().Select(v => (object?)v?.ToString()).ToList(),
        Enum e => e.ToString(),
        { } other when other.GetType().IsEnum => other.ToString(),
        var other => other,
    });
}
