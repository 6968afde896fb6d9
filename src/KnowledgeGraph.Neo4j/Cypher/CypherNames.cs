using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Names that may appear in Cypher text: schema names (backtick-escaped) and the store's own reserved names.
/// Reserved names start with a double underscore, which no schema name does, so they cannot collide.
/// </summary>
public static class CypherNames
{
    public const string ShadowPrefix = "__n_";

    /// <summary>The stored property holding <see cref="Core.Text.TextNormalizer.Normalize"/> of a text property.</summary>
    public static string Shadow(string property) => ShadowPrefix + property;

    public static string Escape(string identifier) => "`" + identifier.Replace("`", "``", StringComparison.Ordinal) + "`";

    public static string Label(LabelDef label) => Escape(label.Name);

    public static string Type(RelationshipDef relationship) => Escape(relationship.Type);

    /// <summary>The expression comparisons and sorting use: the shadow property for text, the property itself otherwise.</summary>
    public static string ComparableAccess(string variable, PropertyDef property) =>
        $"{variable}.{Escape(property.IsText ? Shadow(property.Name) : property.Name)}";

    public static string Access(string variable, string property) => $"{variable}.{Escape(property)}";

    /// <summary>A relationship pattern from <paramref name="from"/> along <paramref name="field"/> to a labelled node.</summary>
    public static string Pattern(string from, RelationshipField field, string relationship, string to) =>
        field.Direction == Direction.Outgoing
            ? $"({from})-[{relationship}:{Type(field.Relationship)}]->({to}:{Label(field.Target)})"
            : $"({from})<-[{relationship}:{Type(field.Relationship)}]-({to}:{Label(field.Target)})";
}
