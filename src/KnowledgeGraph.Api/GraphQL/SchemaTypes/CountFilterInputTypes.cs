using GraphQL.Types;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>
/// Count filters: on every relationship field, <c>&lt;field&gt;Count: { gte: 3, where: { … } }</c> counts the related
/// nodes that match <c>where</c> (and, on a relationship with properties, whose relationship matches
/// <c>edgeWhere</c>) and compares the count; several comparisons are AND-ed.
/// </summary>
internal static class CountFilterInputTypes
{
    public const string Where = "where";
    public const string EdgeWhere = "edgeWhere";

    public static IReadOnlyList<(string Name, ComparisonOperator Operator, string Description)> Comparisons { get; } =
    [
        ("eq", ComparisonOperator.Eq, Bilingual.Text("Le nombre est égal à celui-ci.", "The count equals this number.")),
        ("neq", ComparisonOperator.Neq, Bilingual.Text("Le nombre est différent de celui-ci.", "The count differs from this number.")),
        ("gt", ComparisonOperator.Gt, Bilingual.Text("Le nombre est strictement supérieur à celui-ci.", "The count is greater than this number.")),
        ("gte", ComparisonOperator.Gte, Bilingual.Text("Le nombre est au moins égal à celui-ci.", "The count is at least this number.")),
        ("lt", ComparisonOperator.Lt, Bilingual.Text("Le nombre est strictement inférieur à celui-ci.", "The count is less than this number.")),
        ("lte", ComparisonOperator.Lte, Bilingual.Text("Le nombre est au plus égal à celui-ci.", "The count is at most this number.")),
    ];

    public static IEnumerable<IGraphType> Create(GraphSchema schema)
    {
        foreach (var label in schema.Labels)
        {
            yield return Input(SchemaNames.CountFilterInput(label), label, null);
        }

        foreach (var field in schema.Labels.SelectMany(schema.FieldsOf).Where(SchemaNames.HasEdgeProperties))
        {
            yield return Input(SchemaNames.CountFilterInput(field), field.Target, field);
        }
    }

    private static InputObjectGraphType Input(string name, LabelDef target, RelationshipField? withProperties)
    {
        var noun = LabelNouns.Of(target);
        var linked = noun.Accord("liés", "liées");
        var input = new InputObjectGraphType
        {
            Name = name,
            Description = Bilingual.Text(
                $"Le nombre {noun.De} {linked} ({noun.Accord("ceux", "celles")} qui satisfont `where`"
                + (withProperties is null ? "" : $", par des relations {withProperties.Relationship.Type} qui satisfont `edgeWhere`")
                + "). Plusieurs comparaisons se combinent par un ET ; n'en donner aucune est une erreur.",
                $"How many related {noun.EnglishPlural} there are (those matching `where`"
                + (withProperties is null ? "" : $", over {withProperties.Relationship.Type} relationships matching `edgeWhere`")
                + "). Several comparisons are AND-ed; no comparison is an error."),
        };
        foreach (var (comparison, _, description) in Comparisons)
        {
            input.AddField(InputField(comparison, Named("Int"), description));
        }

        input.AddField(InputField(Where, Named(SchemaNames.FilterInput(target)), Bilingual.Text(
            $"Ne compter que {noun.Les} {linked} qui satisfont ce filtre.", $"Count only the related {noun.EnglishPlural} that match this filter.")));
        if (withProperties is not null)
        {
            input.AddField(InputField(EdgeWhere, Named(SchemaNames.EdgeFilterInput(withProperties)),
                Bilingual.Text($"Ne compter que par les relations {withProperties.Relationship.Type} qui satisfont ce filtre.",
                    $"Count only over the {withProperties.Relationship.Type} relationships that match this filter.")));
        }

        return input;
    }
}
