using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Plan;

public enum SortDirection
{
    Ascending,
    Descending,
}

/// <summary>What an <see cref="OrderKey"/> sorts by.</summary>
public enum OrderKeyKind
{
    /// <summary>A property of the node itself.</summary>
    Property,

    /// <summary>
    /// A property of the nodes related along <see cref="OrderKey.Through"/>. Several related nodes: the smallest present
    /// value sorts ascending, the largest descending (so "alliances by territory name" puts an alliance where its first
    /// territory in that order would put it); no related node, or none with the property, is a missing value.
    /// </summary>
    Related,

    /// <summary>The number of relationships along <see cref="OrderKey.Through"/> (0 when none; never missing).</summary>
    Count,
}

/// <summary>
/// One sort key. Text sorts by its normalised form (ordinal), enums by their name (ordinal), numbers numerically;
/// missing values sort last ascending and first descending (as in Neo4j). The id, ascending, always breaks ties.
/// Build keys through a relationship with <see cref="Related"/> and <see cref="Count"/>; boolean and list
/// properties cannot be sorted through a relationship.
/// </summary>
public sealed record OrderKey(PropertyDef Property, SortDirection Direction)
{
    public OrderKeyKind Kind { get; init; } = OrderKeyKind.Property;

    /// <summary>The relationship field a <see cref="OrderKeyKind.Related"/> or <see cref="OrderKeyKind.Count"/> key goes through.</summary>
    public RelationshipField? Through { get; init; }

    public static OrderKey Related(RelationshipField through, PropertyDef property, SortDirection direction) =>
        new(property, direction) { Kind = OrderKeyKind.Related, Through = through };

    /// <summary>A count key: its <see cref="Property"/> is a synthetic Int named <c>&lt;field&gt;Count</c>.</summary>
    public static OrderKey Count(RelationshipField through, SortDirection direction) =>
        new(PropertyDef.IntProperty(through.Name + "Count", $"The number of {through.Name}.", required: true), direction)
        {
            Kind = OrderKeyKind.Count,
            Through = through,
        };

    /// <summary>Whether a related node's property can be a sort key: booleans and lists cannot.</summary>
    public static bool IsSortableThrough(PropertyDef property) => property.IsSortable && property.Kind != ValueKind.Boolean;

    /// <summary>A stable name of the key, used in cursor signatures: <c>name</c>, <c>territories.name</c>, <c>#alliances</c>.</summary>
    public string Path => Kind switch
    {
        OrderKeyKind.Related => Through!.Name + "." + Property.Name,
        OrderKeyKind.Count => "#" + Through!.Name,
        _ => Property.Name,
    };
}
