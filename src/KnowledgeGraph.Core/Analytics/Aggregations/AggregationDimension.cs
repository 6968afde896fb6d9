using System.ComponentModel;

namespace KnowledgeGraph.Core.Analytics.Aggregations;

/// <summary>What alliances are counted by. An alliance with several values counts once in each of their buckets.</summary>
public enum AggregationDimension
{
    /// <summary>The alliance's category.</summary>
    [Description("La catégorie de partenariat de l'alliance (pratiques responsables, coopération économique, innovation sociétale, mécénat).\n\nThe alliance's partnership category (responsible practices, economic cooperation, societal innovation, patronage).")]
    Category,

    /// <summary>The fields it ACTS_IN.</summary>
    [Description("Les domaines d'action où elle agit (ACTS_IN).\n\nThe fields of action it ACTS_IN.")]
    Domain,

    /// <summary>The goals it CONTRIBUTES_TO, directly or through one of their targets.</summary>
    [Description("Les ODD auxquels elle contribue (CONTRIBUTES_TO), directement ou par l'une de leurs cibles.\n\nThe SDGs it CONTRIBUTES_TO, directly or through one of their targets.")]
    Sdg,

    /// <summary>The SDG targets it CONTRIBUTES_TO.</summary>
    [Description("Les cibles d'ODD auxquelles elle contribue (CONTRIBUTES_TO), par exemple 17.17 pour les partenariats.\n\nThe SDG targets it CONTRIBUTES_TO, e.g. 17.17 for partnerships.")]
    SdgTarget,

    /// <summary>The kinds of its participants (an alliance with two companies counts once for COMPANY).</summary>
    [Description("Les types de ses acteurs participants (une alliance avec deux entreprises compte une seule fois pour COMPANY).\n\nThe kinds of its participants (an alliance with two companies counts once for COMPANY).")]
    ActorKind,

    /// <summary>The regions of the territories it is LOCATED_IN (following PART_OF up to the REGION level).</summary>
    [Description("Les régions des territoires où elle est située (LOCATED_IN, en remontant PART_OF jusqu'au niveau REGION).\n\nThe regions of the territories it is LOCATED_IN (following PART_OF up to the REGION level).")]
    Region,

    /// <summary>The departments of the territories it is LOCATED_IN (following PART_OF up to the DEPARTMENT level).</summary>
    [Description("Les départements des territoires où l'alliance est située (LOCATED_IN), en remontant PART_OF jusqu'au niveau DEPARTMENT : une alliance située dans une commune compte pour son département ; une alliance située dans une région ou en France seulement n'a pas de département. C'est l'appartenance de `territories: { some: { within: \"DEP-…\" } }`.\n\nThe departments of the territories the alliance is LOCATED_IN, following PART_OF up to the DEPARTMENT level: an alliance in a commune counts for its department; one placed only in a region or in France has none. The same membership as `territories: { some: { within: \"DEP-…\" } }`.")]
    Department,

    /// <summary>Its start year.</summary>
    [Description("Son année de début.\n\nIts start year.")]
    StartYear,
}

/// <summary>One bucket: the key (an id, an enum value or a year), a display label and the number of alliances.</summary>
public sealed record AggregationBucket(string Key, string Label, int Count);

/// <summary>
/// The counts for one dimension, largest first (ties by key); <see cref="Unassigned"/> alliances had no value
/// for the dimension. <see cref="AllianceCount"/> is the number of alliances considered.
/// </summary>
public sealed record AggregationResult(AggregationDimension Dimension, int AllianceCount, int Unassigned, IReadOnlyList<AggregationBucket> Buckets);
