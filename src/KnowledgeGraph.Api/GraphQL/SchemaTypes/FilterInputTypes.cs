using GraphQL.Types;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>
/// <c>&lt;Label&gt;FilterInput</c> and <c>&lt;Label&gt;ListFilterInput</c> for every label. A relationship field whose
/// relationship has properties also gets a filter over its edges, as the output shows them (<c>edges { role node }</c>):
/// <c>alliancesEdges: { some: { role: { eq: FUNDER }, node: { category: { eq: PATRONAGE } } } }</c>.
/// </summary>
internal static class FilterInputTypes
{
    public const string And = "and";
    public const string Or = "or";
    public const string Not = "not";
    public const string Within = "within";
    public const string EdgeNode = "node";

    public static IReadOnlyList<(string Name, Quantifier Quantifier, string Description)> Quantifiers { get; } =
    [
        ("some", Quantifier.Some, Bilingual.Text("Au moins un nœud lié satisfait le filtre.", "At least one related node matches.")),
        ("all", Quantifier.All, Bilingual.Text("Tous les nœuds liés satisfont le filtre (vrai quand il n'y en a aucun).", "Every related node matches (true when there is none).")),
        ("none", Quantifier.None, Bilingual.Text("Aucun nœud lié ne satisfait le filtre.", "No related node matches.")),
        ("single", Quantifier.Single, Bilingual.Text("Exactement un nœud lié satisfait le filtre.", "Exactly one related node matches.")),
    ];

    /// <summary>
    /// A label with a single relationship to itself is a hierarchy (Territory PART_OF Territory): its filter offers
    /// <c>within</c>, the node itself or anything below it at any depth.
    /// </summary>
    public static bool IsHierarchy(GraphSchema schema, LabelDef label) =>
        schema.Relationships.Any(r => r.From == label && r.To == label && r.OutgoingIsSingle);

    public static IEnumerable<IGraphType> Create(GraphSchema schema)
    {
        foreach (var label in schema.Labels)
        {
            var noun = LabelNouns.Of(label);
            var filter = Input(SchemaNames.FilterInput(label), Bilingual.Text(
                $"Des conditions sur {noun.Les}. Plusieurs champs se combinent par un ET.",
                $"Conditions on {noun.EnglishPlural}. Several fields are AND-ed."));
            AddNodeFields(filter, schema, label);
            yield return filter;
            yield return ListFilter(SchemaNames.ListFilterInput(label), SchemaNames.FilterInput(label),
                $"{noun.Les} {noun.Accord("liés", "liées")}", $"the related {noun.EnglishPlural}");
        }

        foreach (var field in schema.Labels.SelectMany(schema.FieldsOf).Where(SchemaNames.HasEdgeProperties))
        {
            yield return ListFilter(SchemaNames.EdgeListFilterInput(field), SchemaNames.EdgeFilterInput(field),
                $"les relations {field.Relationship.Type} du champ `{field}`", $"the {field.Relationship.Type} relationships of `{field}`");
            yield return EdgeFilter(field);
        }
    }

    private static void AddNodeFields(InputObjectGraphType input, GraphSchema schema, LabelDef label)
    {
        var self = SchemaNames.FilterInput(label);
        AddLogic(input, self);
        if (IsHierarchy(schema, label))
        {
            var noun = LabelNouns.Of(label);
            input.AddField(InputField(Within, Named("ID"), Bilingual.Text(
                $"{LabelNouns.Capital(noun.Le)} {noun.Accord("désigné", "désignée")} par cet id (ou son nom, ou son code INSEE), ou {noun.Accord("tout", "toute")} {noun.French} {noun.Accord("qu'il", "qu'elle")} contient, à toute profondeur.",
                $"The {noun.English} with this id (or its name, or its INSEE code), or any {noun.English} inside it at any depth.")));
        }

        foreach (var property in label.Properties)
        {
            input.AddField(InputField(property.Name, Named(SchemaNames.OperationFilterInput(property)), property.Description));
        }

        foreach (var field in schema.FieldsOf(label))
        {
            input.AddField(InputField(field.Name, Named(SchemaNames.ListFilterInput(field.Target)), field.Relationship.Description));
            var target = LabelNouns.Of(field.Target);
            input.AddField(InputField(SchemaNames.CountField(field), Named(SchemaNames.CountFilterInput(field)), Bilingual.Text(
                $"Combien {target.De} {target.Accord("liés", "liées")} par {field.Relationship.Type} (champ `{field.Name}`), par exemple `{{ gte: 3 }}` ; avec un `where`, seulement {target.Accord("ceux", "celles")} qui le satisfont.",
                $"How many {field.Name} ({target.EnglishPlural} along {field.Relationship.Type}): `{{ gte: 3, where: {{ … }} }}`.")));
            if (SchemaNames.HasEdgeProperties(field))
            {
                input.AddField(InputField(SchemaNames.EdgesFilterField(field), Named(SchemaNames.EdgeListFilterInput(field)), Bilingual.Text(
                    $"Des conditions sur les relations {field.Relationship.Type} elles-mêmes et, sous `node`, sur {target.Le} au bout de chacune.",
                    $"Conditions on the {field.Relationship.Type} relationships themselves and, under `node`, on their {target.English}.")));
            }
        }
    }

    private static InputObjectGraphType EdgeFilter(RelationshipField field)
    {
        var name = SchemaNames.EdgeFilterInput(field);
        var target = LabelNouns.Of(field.Target);
        var input = Input(name, Bilingual.Text(
            $"Des conditions sur la relation {field.Relationship.Type} du champ `{field}`. Plusieurs champs se combinent par un ET.",
            $"Conditions on the {field.Relationship.Type} relationship of `{field}`. Several fields are AND-ed."));
        AddLogic(input, name);
        input.AddField(InputField(EdgeNode, Named(SchemaNames.FilterInput(field.Target)), Bilingual.Text(
            $"Des conditions sur {target.Le} {target.Accord("lié", "liée")} (seulement au premier niveau d'un filtre d'arête, pas dans and, or ou not).",
            $"Conditions on the related {target.English} (only at the top of an edge filter, not inside and/or/not).")));
        foreach (var property in field.Relationship.Properties)
        {
            input.AddField(InputField(property.Name, Named(SchemaNames.OperationFilterInput(property)), property.Description));
        }

        return input;
    }

    private static InputObjectGraphType ListFilter(string name, string quantified, string frenchWhat, string englishWhat)
    {
        var input = Input(name, Bilingual.Text(
            $"Des conditions sur {frenchWhat}. Plusieurs quantificateurs (some, all, none, single) se combinent par un ET.",
            $"Conditions on {englishWhat}. Several quantifiers are AND-ed."));
        foreach (var (quantifier, _, description) in Quantifiers)
        {
            input.AddField(InputField(quantifier, Named(quantified), description));
        }

        return input;
    }

    private static void AddLogic(InputObjectGraphType input, string self)
    {
        input.AddField(InputField(And, ListOfNonNull(self), Bilingual.Text("Chacun de ces filtres est satisfait.", "Every one of these filters matches.")));
        input.AddField(InputField(Or, ListOfNonNull(self), Bilingual.Text("Au moins l'un de ces filtres est satisfait.", "At least one of these filters matches.")));
        input.AddField(InputField(Not, Named(self), Bilingual.Text("Ce filtre n'est pas satisfait.", "This filter does not match.")));
    }

    private static InputObjectGraphType Input(string name, string description) => new() { Name = name, Description = description };
}
