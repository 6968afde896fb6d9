namespace KnowledgeGraph.Equivalence.Tests.Differential;

/// <summary>
/// The constructs of issue 9: count filters (<c>&lt;field&gt;Count: { gte: 2, where: …, edgeWhere: … }</c>), orders by
/// properties, related nodes' properties and relationship counts, and <c>aggregate</c> selections on the page's connection.
/// </summary>
public sealed partial class FilterGenerator
{
    private static readonly string[] CountComparisons = ["eq", "neq", "gt", "gte", "lt", "lte"];

    private string CountFilter(TypeDef input, int depth)
    {
        var parts = new List<string> { $"{CountComparisons[random.Next(CountComparisons.Length)]}: {random.Next(0, 4)}" };
        foreach (var nested in input.InputFields.Where(f => f.Name is "where" or "edgeWhere"))
        {
            if (depth < MaxDepth - 1 && random.Next(3) == 0)
                parts.Add($"{nested.Name}: {Filter(nested.Type.NamedType, depth + 1)}");
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    /// <summary>", order: [{ … }]" half of the time: one key, a property, a related property or a count.</summary>
    private string Order(FieldDef root)
    {
        var order = root.Args.FirstOrDefault(a => a.Name == "order");
        if (random.Next(2) == 0 || order is null)
            return "";

        var fields = schema[order.Type.NamedType].InputFields;
        var field = fields[random.Next(fields.Count)];
        var direction = random.Next(2) == 0 ? "ASC" : "DESC";
        if (field.Type.NamedType == "SortEnumType")
            return $", order: [{{ {field.Name}: {direction} }}]";

        var related = schema[field.Type.NamedType].InputFields;
        return $", order: [{{ {field.Name}: {{ {related[random.Next(related.Count)].Name}: {direction} }} }}]";
    }

    /// <summary>" aggregate { count … }" a third of the time, with one numeric or enum property.</summary>
    private string Aggregate(FieldDef root)
    {
        var aggregate = schema[root.Type.NamedType].Fields.FirstOrDefault(f => f.Name == "aggregate");
        if (random.Next(3) > 0 || aggregate is null)
            return "";

        var fields = schema[aggregate.Type.NamedType].Fields.Where(f => f.Name != "count").ToList();
        if (fields.Count == 0)
            return " aggregate { count }";

        var field = fields[random.Next(fields.Count)];
        var selection = field.Type.IsList ? "{ value count }" : "{ min max sum avg }";
        return $" aggregate {{ count {field.Name} {selection} }}";
    }
}
