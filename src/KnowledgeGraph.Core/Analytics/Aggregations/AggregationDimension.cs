using System.ComponentModel;

namespace KnowledgeGraph.Core.Analytics.Aggregations;

/// <summary>What alliances are counted by. An alliance with several values counts once in each of their buckets.</summary>
public enum AggregationDimension
{
    /// <summary>The alliance's category.</summary>
    Category,

    /// <summary>The fields it ACTS_IN.</summary>
    Domain,

    /// <summary>The goals it CONTRIBUTES_TO, directly or through one of their targets.</summary>
    Sdg,

    /// <summary>The SDG targets it CONTRIBUTES_TO.</summary>
    SdgTarget,

    /// <summary>The kinds of its participants (an alliance with two companies counts once for COMPANY).</summary>
    ActorKind,

    /// <summary>The regions of the territories it is LOCATED_IN (following PART_OF up to the REGION level).</summary>
    Region,

    /// <summary>The departments of the territories it is LOCATED_IN (following PART_OF up to the DEPARTMENT level).</summary>
    [Description("Les départements des territoires où l'alliance est située (LOCATED_IN), en remontant PART_OF jusqu'au niveau DEPARTMENT : une alliance située dans une commune compte pour son département ; une alliance située dans une région ou en France seulement n'a pas de département. C'est l'appartenance de `territories: { some: { within: \"DEP-…\" } }`.\n\nThe departments of the territories the alliance is LOCATED_IN, following PART_OF up to the DEPARTMENT level: an alliance in a commune counts for its department; one placed only in a region or in France has none. The same membership as `territories: { some: { within: \"DEP-…\" } }`.")]
    Department,

    /// <summary>Its start year.</summary>
    StartYear,
}

/// <summary>One bucket: the key (an id, an enum value or a year), a display label and the number of alliances.</summary>
public sealed record AggregationBucket(string Key, string Label, int Count);

/// <summary>
/// The counts for one dimension, largest first (ties by key); <see cref="Unassigned"/> alliances had no value
/// for the dimension. <see cref="AllianceCount"/> is the number of alliances considered.
/// </summary>
public sealed record AggregationResult(AggregationDimension Dimension, int AllianceCount, int Unassigned, IReadOnlyList<AggregationBucket> Buckets);
