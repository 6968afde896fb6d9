using GraphQL.Types;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>The per-value-type operation inputs: <c>StringOperationFilterInput { eq neq in nin contains … }</c> and kin.</summary>
internal static class OperationFilterInputTypes
{
    public static IEnumerable<IGraphType> Create(GraphSchema schema)
    {
        yield return Input(SchemaNames.IdOperationFilterInput, "ID", FilterOperators.Equality, Bilingual.Text("Des conditions sur un id.", "Conditions on an id."));
        yield return Input("StringOperationFilterInput", "String", FilterOperators.Text,
            Bilingual.Text("Des conditions sur un texte ; les comparaisons ne tiennent compte ni de la casse, ni des accents, ni de la ponctuation. Plusieurs conditions se combinent par un ET.",
                "Conditions on a text; comparisons ignore case, accents and punctuation. Several conditions are AND-ed."));
        yield return Input("IntOperationFilterInput", "Int", FilterOperators.Comparable, Bilingual.Text("Des conditions sur un entier. Plusieurs conditions se combinent par un ET.", "Conditions on an integer. Several conditions are AND-ed."));
        yield return Input("FloatOperationFilterInput", "Float", FilterOperators.Comparable, Bilingual.Text("Des conditions sur un nombre. Plusieurs conditions se combinent par un ET.", "Conditions on a number. Several conditions are AND-ed."));
        yield return Input("BooleanOperationFilterInput", "Boolean", FilterOperators.Boolean, Bilingual.Text("Des conditions sur un booléen.", "Conditions on a boolean."));

        var properties = schema.Labels.SelectMany(l => l.Properties)
            .Concat(schema.Relationships.SelectMany(r => r.Properties))
            .Where(p => p.Kind == ValueKind.Enum)
            .ToList();
        foreach (var values in properties.Where(p => !p.IsList).Select(p => p.Enum!).Distinct())
        {
            yield return Input(values.Name + "OperationFilterInput", values.Name, FilterOperators.Equality, Bilingual.Text($"Des conditions sur une valeur de type {values.Name}.", $"Conditions on a value of {values.Name}."));
        }

        foreach (var values in properties.Where(p => p.IsList).Select(p => p.Enum!).Distinct())
        {
            yield return Input(values.Name + "ListOperationFilterInput", values.Name, FilterOperators.List,
                Bilingual.Text($"Des conditions sur une liste de valeurs de type {values.Name}. Plusieurs conditions se combinent par un ET.",
                    $"Conditions on a list of {values.Name} values. Several conditions are AND-ed."));
        }
    }

    private static InputObjectGraphType Input(string name, string valueType, IReadOnlyList<FilterOperator> operators, string description)
    {
        var input = new InputObjectGraphType { Name = name, Description = description };
        foreach (var op in operators)
        {
            input.AddField(InputField(op.Name, op.TakesList ? ListOfNonNull(valueType) : Named(valueType), op.Description));
        }

        return input;
    }
}
