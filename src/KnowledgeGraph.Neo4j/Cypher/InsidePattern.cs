using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// The pattern of a selection read inside (<see cref="Core.Plan.RelationshipSelection.Inside"/>): from the parent
/// down its containment, any depth, then along the field's relationship:
/// <c>(v)&lt;-[:PART_OF*0..]-(ti:Territory)&lt;-[r:LOCATED_IN]-(m:Alliance)</c>. A node related to several territories
/// inside the parent matches once per territory; <see cref="Build"/>'s condition keeps the match through the one with
/// the smallest id (containment has one parent at most, so each territory is reached by one path only). The 3.1/5
/// common subset has no DISTINCT in a pattern comprehension; this stays a plain predicate.
/// </summary>
internal static class InsidePattern
{
    public static (string Pattern, string Once) Build(CompileContext context, string variable, RelationshipField field, string relationship, string related)
    {
        if (!Containment.AppliesTo(context.Schema, field) || Containment.Of(context.Schema, field.Source) is not { } containment)
        {
            throw new Core.Store.InvalidQueryException("INVALID_QUERY", $"'inside' does not apply to {field}.");
        }

        var place = context.Variable("ti");
        var other = context.Variable("ti");
        var label = CypherNames.Label(field.Source);
        var down = CypherNames.Type(containment);
        var type = CypherNames.Type(field.Relationship);
        var pattern = $"({variable})<-[:{down}*0..]-({place}:{label})<-[{relationship}:{type}]-({related}:{CypherNames.Label(field.Target)})";
        var once = $"size([({related})-[:{type}]->({other}:{label})-[:{down}*0..]->({variable}) " +
                   $"WHERE {CypherNames.Access(other, GraphSchema.IdProperty)} < {CypherNames.Access(place, GraphSchema.IdProperty)} | 1]) = 0";
        return (pattern, once);
    }
}
