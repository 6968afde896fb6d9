using GraphQL.Types;
using KnowledgeGraph.Core.Analytics.Aggregations;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.Analytics.GraphQL.AnalyticsFields;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>
/// The rows of <c>allianceCounts</c>: one per combination of the dimensions' values, each value both in the list
/// <c>keys</c> (in the order of <c>by</c>) and in a field named after its dimension (<c>region</c>, <c>category</c>…),
/// so that a CSV answer has one column per dimension.
/// </summary>
internal static class CrossTabTypes
{
    public const string Key = "AggregationKey";
    public const string Row = "AggregationRow";

    /// <summary>The row field of each dimension, with the French and English name of what it holds.</summary>
    private static readonly (AggregationDimension Dimension, string Field, string French, string English)[] DimensionFields =
    [
        (AggregationDimension.Category, "category", "la catégorie", "the category"),
        (AggregationDimension.Domain, "domain", "le champ d'action", "the field of action"),
        (AggregationDimension.Sdg, "sdg", "l'ODD", "the SDG"),
        (AggregationDimension.SdgTarget, "sdgTarget", "la cible d'ODD", "the SDG target"),
        (AggregationDimension.ActorKind, "actorKind", "le type d'acteur", "the actor kind"),
        (AggregationDimension.Region, "region", "la région", "the region"),
        (AggregationDimension.Department, "department", "le département", "the department"),
        (AggregationDimension.StartYear, "startYear", "l'année de début", "the start year"),
    ];

    public static IEnumerable<IGraphType> Create()
    {
        var key = new ObjectGraphType
        {
            Name = Key,
            Description = Bilingual.Text(
                "La valeur d'une dimension dans une ligne de comptage.",
                "The value of one dimension in a row of counts."),
        };
        key.AddField(Of<AggregationKey>("dimension", NonNull(nameof(AggregationDimension)),
            Bilingual.Text("La dimension.", "The dimension."), k => k.Dimension));
        key.AddField(Of<AggregationKey>("key", NonNull("String"),
            Bilingual.Text("Un identifiant (REG-…, DEP-…, DOM-…), une valeur d'énumération ou une année.",
                "An id (REG-…, DEP-…, DOM-…), an enum value or a year."), k => k.Key));
        key.AddField(Of<AggregationKey>("label", NonNull("String"),
            Bilingual.Text("Un libellé lisible (le nom du nœud pour un identifiant).",
                "A display label (the node's name for ids)."), k => k.Label));
        yield return key;

        var row = new ObjectGraphType
        {
            Name = Row,
            Description = Bilingual.Text(
                "Une combinaison de valeurs (une par dimension de `by`) et le nombre d'alliances qui les ont toutes. Une alliance à plusieurs valeurs (plusieurs régions, champs, ODD…) compte dans chacune de ses combinaisons : le total des lignes peut dépasser le nombre d'alliances.",
                "One combination of values (one per dimension of `by`) and the number of alliances having them all. An alliance with several values (several regions, fields, SDGs…) counts in each of its combinations: the rows can add up to more than the alliances."),
        };
        row.AddField(Of<CrossTabRow>("keys", NonNullListOfNonNull(Key),
            Bilingual.Text("Les valeurs, dans l'ordre de `by`.", "The values, in the order of `by`."), r => r.Keys));
        row.AddField(Of<CrossTabRow>("count", NonNull("Int"),
            Bilingual.Text("Le nombre d'alliances.", "The number of alliances."), r => r.Count));
        foreach (var (dimension, field, french, english) in DimensionFields)
        {
            var name = AllianceCrossTab.DimensionName(dimension);
            row.AddField(Of<CrossTabRow>(field, Named(Key),
                Bilingual.Text($"La valeur de {french} ({name}) ; null si `by` ne contient pas {name}.",
                    $"The value of {english} ({name}); null when `by` does not hold {name}."),
                r => r.Of(dimension)));
        }

        yield return row;
    }

}
