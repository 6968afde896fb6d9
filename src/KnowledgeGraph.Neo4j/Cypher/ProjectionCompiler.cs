using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// A node projection as a Cypher map projection. Nested selections become pattern comprehensions under reserved keys
/// (<c>__s0</c>, <c>__s1</c>…): each related node comes with its sort keys (<c>k</c>), the edge key that orders
/// parallel edges to it (<c>t</c>: the relationship's identifying values, see <see cref="RelationshipSelection.EdgeKey"/>)
/// and the requested relationship properties (<c>e</c>), and is ordered and paged after the round trip (the 3.1/5
/// common subset cannot sort a list).
/// </summary>
internal static class ProjectionCompiler
{
    public const string NodeKey = "n";
    public const string SortKeysKey = "k";
    public const string EdgePropertiesKey = "e";
    public const string EdgeKeyKey = "t";

    public static string SelectionKey(int index) => "__s" + index;

    public static string Node(CompileContext context, string variable, NodeProjection projection)
    {
        var entries = new List<string> { "." + CypherNames.Escape(GraphSchema.IdProperty) };
        entries.AddRange(projection.Properties
            .Where(p => p.Name != GraphSchema.IdProperty)
            .Select(p => "." + CypherNames.Escape(p.Name)));
        entries.AddRange(projection.Relationships.Select((selection, i) =>
            $"{CypherNames.Escape(SelectionKey(i))}: {Selection(context, variable, selection)}"));
        return $"{variable} {{{string.Join(", ", entries)}}}";
    }

    private static string Selection(CompileContext context, string variable, RelationshipSelection selection)
    {
        PlanValidation.Order(selection.Query.Label, selection.Query.Order);
        PlanValidation.Page(selection.Query.Page);
        PlanValidation.Aggregate(selection.Query.Label, selection.Query.Aggregate);
        ValidateCursor(selection, selection.Query.Page.After);
        ValidateCursor(selection, selection.Query.Page.Before);
        foreach (var property in selection.EdgeProperties.Where(p => selection.Field.Relationship.FindProperty(p.Name) is null))
        {
            throw new Core.Store.InvalidQueryException("INVALID_QUERY", $"{selection.Field.Relationship.Type} has no property '{property.Name}'.");
        }

        var related = context.Variable("m");
        var relationship = context.Variable("r");
        var pattern = CypherNames.Pattern(variable, selection.Field, relationship, related);
        var where = context.InsidePattern(() => FilterCompiler.Compile(context, selection.Query.Where, selection.Field.Target, related));
        if (selection.Inside)
        {
            (pattern, var once) = InsidePattern.Build(context, variable, selection.Field, relationship, related);
            where = $"{once} AND {where}";
        }

        var item = new List<string>();
        if (selection.Query.Aggregate is { } aggregate)
        {
            item.Add($"{AggregateCompiler.ValuesKey}: {AggregateCompiler.ItemValues(aggregate, related)}");
        }

        if (selection.Query.WantsNoNodes)
        {
            // Counting and aggregating only: each match is 1, or its aggregated values; no node is projected.
            return $"[{pattern} WHERE {where} | {(item.Count == 0 ? "1" : $"{{{string.Join(", ", item)}}}")}]";
        }

        item.Add($"{NodeKey}: {Node(context, related, selection.Query.Projection)}");
        item.Add($"{SortKeysKey}: {SortKeys.List(related, selection.Query.Order)}");
        if (selection.EdgeKey.Count > 0)
        {
            item.Add($"{EdgeKeyKey}: [{string.Join(", ", selection.EdgeKey.Select(p => CypherNames.ComparableAccess(relationship, p)))}]");
        }

        if (selection.EdgeProperties.Count > 0)
        {
            var properties = string.Join(", ", selection.EdgeProperties.Select(p => "." + CypherNames.Escape(p.Name)));
            item.Add($"{EdgePropertiesKey}: {relationship} {{{properties}}}");
        }

        return $"[{pattern} WHERE {where} | {{{string.Join(", ", item)}}}]";
    }

    // Nested pages are cut after the round trip; a bad cursor is refused before it.
    private static void ValidateCursor(RelationshipSelection selection, string? cursor)
    {
        if (cursor is not null)
        {
            _ = Core.Paging.CursorCodec.Decode(selection.Query.Label, selection.Query.Order, cursor, selection.EdgeKey);
        }
    }
}
