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
        ("some", Quantifier.Some, "At least one related node matches."),
        ("all", Quantifier.All, "Every related node matches (true when there is none)."),
        ("none", Quantifier.None, "No related node matches."),
        ("single", Quantifier.Single, "Exactly one related node matches."),
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
            var filter = Input(SchemaNames.FilterInput(label), $"Conditions on {label.Name} nodes. Several fields are AND-ed.");
            AddNodeFields(filter, schema, label);
            yield return filter;
            yield return ListFilter(SchemaNames.ListFilterInput(label), SchemaNames.FilterInput(label), $"the related {label.Name} nodes");
        }

        foreach (var field in schema.Labels.SelectMany(schema.FieldsOf).Where(SchemaNames.HasEdgeProperties))
        {
            yield return ListFilter(SchemaNames.EdgeListFilterInput(field), SchemaNames.EdgeFilterInput(field),
                $"the {field.Relationship.Type} relationships of {field}");
            yield return EdgeFilter(field);
        }
    }

    private static void AddNodeFields(InputObjectGraphType input, GraphSchema schema, LabelDef label)
    {
        var self = SchemaNames.FilterInput(label);
        input.AddField(InputField(And, ListOfNonNull(self), "Every one of these filters matches."));
        input.AddField(InputField(Or, ListOfNonNull(self), "At least one of these filters matches."));
        input.AddField(InputField(Not, Named(self), "This filter does not match."));
        if (IsHierarchy(schema, label))
        {
            input.AddField(InputField(Within, Named("ID"), $"The {label.Name} with this id, or any {label.Name} inside it at any depth."));
        }

        foreach (var property in label.Properties)
        {
            input.AddField(InputField(property.Name, Named(SchemaNames.OperationFilterInput(property)), property.Description));
        }

        foreach (var field in schema.FieldsOf(label))
        {
            input.AddField(InputField(field.Name, Named(SchemaNames.ListFilterInput(field.Target)), field.Relationship.Description));
            input.AddField(InputField(SchemaNames.CountField(field), Named(SchemaNames.CountFilterInput(field)),
                $"How many {field.Name} ({field.Target.Name} nodes along {field.Relationship.Type}): `{{ gte: 3, where: {{ … }} }}`."));
            if (SchemaNames.HasEdgeProperties(field))
            {
                input.AddField(InputField(SchemaNames.EdgesFilterField(field), Named(SchemaNames.EdgeListFilterInput(field)),
                    $"Conditions on the {field.Relationship.Type} relationships themselves and, under `node`, on their {field.Target.Name}."));
            }
        }
    }

    private static InputObjectGraphType EdgeFilter(RelationshipField field)
    {
        var name = SchemaNames.EdgeFilterInput(field);
        var input = Input(name, $"Conditions on the {field.Relationship.Type} relationship of {field}. Several fields are AND-ed.");
        input.AddField(InputField(And, ListOfNonNull(name), "Every one of these filters matches."));
        input.AddField(InputField(Or, ListOfNonNull(name), "At least one of these filters matches."));
        input.AddField(InputField(Not, Named(name), "This filter does not match."));
        input.AddField(InputField(EdgeNode, Named(SchemaNames.FilterInput(field.Target)),
            $"Conditions on the related {field.Target.Name} (only at the top of an edge filter, not inside and/or/not)."));
        foreach (var property in field.Relationship.Properties)
        {
            input.AddField(InputField(property.Name, Named(SchemaNames.OperationFilterInput(property)), property.Description));
        }

        return input;
    }

    private static InputObjectGraphType ListFilter(string name, string quantified, string what)
    {
        var input = Input(name, $"Conditions on {what}. Several quantifiers are AND-ed.");
        foreach (var (quantifier, _, description) in Quantifiers)
        {
            input.AddField(InputField(quantifier, Named(quantified), description));
        }

        return input;
    }

    private static InputObjectGraphType Input(string name, string description) => new() { Name = name, Description = description };
}
