using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// <c>some</c> / <c>none</c> whose node and edge filters are only equalities on non-text properties become a pattern
/// predicate with property maps, <c>(n)&lt;-[:PARTICIPATES_IN {role: $p0}]-(:Actor {kind: $p1})</c>: Neo4j stops at
/// the first match instead of building the list a pattern comprehension needs. Same two-valued semantics: a map
/// entry never matches a missing property.
/// </summary>
internal static class PatternPredicate
{
    public static string? TryBuild(CompileContext context, RelationshipFilter filter, string variable)
    {
        if (!TryEqualities(filter.NodeFilter, out var node) || !TryEqualities(filter.EdgeFilter, out var edge))
        {
            return null;
        }

        var field = filter.Field;
        if (node.Any(p => filter.Field.Target.FindProperty(p.Property.Name) is null)
            || edge.Any(p => field.Relationship.FindProperty(p.Property.Name) is null))
        {
            return null; // let the general path refuse it with its message
        }

        foreach (var equality in node)
        {
            PlanValidation.Property(field.Target.Name, field.Target.FindProperty(equality.Property.Name), equality);
        }

        foreach (var equality in edge)
        {
            PlanValidation.Property(field.Relationship.Type, field.Relationship.FindProperty(equality.Property.Name), equality);
        }

        var type = $"[:{CypherNames.Type(field.Relationship)}{Map(context, edge)}]";
        var target = $"(:{CypherNames.Label(field.Target)}{Map(context, node)})";
        return field.Direction == Direction.Outgoing ? $"({variable})-{type}->{target}" : $"({variable})<-{type}-{target}";
    }

    private static string Map(CompileContext context, IReadOnlyList<PropertyFilter> equalities) =>
        equalities.Count == 0
            ? string.Empty
            : " {" + string.Join(", ", equalities.Select(e => $"{CypherNames.Escape(e.Property.Name)}: {context.Parameter(e.Value)}")) + "}";

    private static bool TryEqualities(Filter? filter, out IReadOnlyList<PropertyFilter> equalities)
    {
        var found = new List<PropertyFilter>();
        equalities = found;
        return filter is null || Collect(filter, found);
    }

    private static bool Collect(Filter filter, List<PropertyFilter> found) => filter switch
    {
        AndFilter and => and.Operands.All(o => Collect(o, found)),
        PropertyFilter { Operator: ComparisonOperator.Eq, Value: string or long or bool } p
            when !p.Property.IsText && !p.Property.IsList && found.TrueForAll(f => f.Property.Name != p.Property.Name) => Add(found, p),
        _ => false,
    };

    private static bool Add(List<PropertyFilter> found, PropertyFilter filter)
    {
        found.Add(filter);
        return true;
    }
}
