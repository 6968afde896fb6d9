using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>
/// The input types of the mutations: per label <c>&lt;Label&gt;CreateInput</c>, <c>&lt;Label&gt;UpdateInput</c> and
/// <c>&lt;Label&gt;PropertyName</c>; per mutation its <c>applyChanges</c> input; <c>ChangeInput</c>; <c>CsvFileInput</c>.
/// </summary>
internal static class WriteInputTypes
{
    public static IEnumerable<IGraphType> Create(GraphSchema schema, MutationCatalog catalog)
    {
        foreach (var label in schema.Labels)
        {
            yield return CreateInput(label);
            yield return UpdateInput(label);
            yield return PropertyNames(label);
        }

        foreach (var definition in catalog.Definitions.Where(d => d.DirectInputType is null))
        {
            var input = new InputObjectGraphType { Name = MutationNames.OperationInput(definition.Name), Description = Bilingual.Text($"Les arguments de `{definition.Name}`.", $"The arguments of `{definition.Name}`.") };
            foreach (var argument in definition.Arguments)
            {
                input.AddField(argument.ToInputField());
            }

            yield return input;
        }

        yield return ChangeInput(catalog);
        yield return CsvFileInput();
    }

    private static InputObjectGraphType CreateInput(LabelDef label)
    {
        var input = new InputObjectGraphType { Name = MutationNames.CreateInput(label), Description = Bilingual.Text($"{LabelNouns.Capital(LabelNouns.Of(label).Un)} à créer.", $"A new {LabelNouns.Of(label).English}.") };
        foreach (var property in label.Properties)
        {
            var isId = property.Name == GraphSchema.IdProperty;
            input.AddField(new FieldType
            {
                Name = property.Name,
                ResolvedType = isId ? new NonNullGraphType(new IdGraphType()) : PropertyTypes.Of(property, property.IsRequired),
                Description = isId
                    ? Bilingual.Text($"L'id du nouveau nœud, par exemple `{label.IdExample}`.", $"The new node's id, e.g. `{label.IdExample}`.")
                    : PropertyTypes.Describe(property),
            });
        }

        return input;
    }

    private static InputObjectGraphType UpdateInput(LabelDef label)
    {
        var input = new InputObjectGraphType { Name = MutationNames.UpdateInput(label), Description = Bilingual.Text($"Les propriétés {LabelNouns.Of(label).DuLe} à donner (null retire).", $"Properties of {LabelNouns.Of(label).A} to set (null removes).") };
        foreach (var property in label.Properties.Where(p => p.Name != GraphSchema.IdProperty))
        {
            input.AddField(new FieldType { Name = property.Name, ResolvedType = PropertyTypes.Of(property, false), Description = PropertyTypes.Describe(property) });
        }

        return input;
    }

    private static EnumerationGraphType PropertyNames(LabelDef label)
    {
        var names = new EnumerationGraphType { Name = MutationNames.PropertyName(label), Description = Bilingual.Text($"Une propriété {LabelNouns.Of(label).DUn}.", $"A property of {LabelNouns.Of(label).A}.") };
        foreach (var property in label.Properties.Where(p => p.Name != GraphSchema.IdProperty))
        {
            names.Add(SchemaNames.UpperSnake(SchemaNames.Pascal(property.Name)), property.Name, property.Description);
        }

        return names;
    }

    private static InputObjectGraphType ChangeInput(MutationCatalog catalog)
    {
        var input = new InputObjectGraphType
        {
            Name = MutationNames.ChangeInput,
            Description = Bilingual.Text("Une opération de `applyChanges` : donner exactement un champ, nommé comme la mutation qu'il représente.",
                "One operation of `applyChanges`: set exactly one field, named like the mutation it stands for."),
            IsOneOf = true,
        };
        foreach (var definition in catalog.Definitions)
        {
            input.AddField(new FieldType
            {
                Name = definition.Name,
                ResolvedType = new GraphQLTypeReference(definition.DirectInputType ?? MutationNames.OperationInput(definition.Name)),
                Description = definition.Description,
            });
        }

        return input;
    }

    private static InputObjectGraphType CsvFileInput()
    {
        var input = new InputObjectGraphType
        {
            Name = MutationNames.CsvFileInput,
            Description = Bilingual.Text("Un fichier CSV au format graph-seed : `nodes/<Label>.csv` ou `relationships/<TYPE>.csv`, et son contenu.",
                "One CSV file of the graph-seed format: `nodes/<Label>.csv` or `relationships/<TYPE>.csv` and its content."),
        };
        input.AddField(new FieldType { Name = "name", ResolvedType = new NonNullGraphType(new StringGraphType()), Description = Bilingual.Text("Le chemin du fichier dans un jeu graph-seed, par exemple `nodes/Actor.csv`.", "The file's path in a seed set, e.g. `nodes/Actor.csv`.") });
        input.AddField(new FieldType { Name = "content", ResolvedType = new NonNullGraphType(new StringGraphType()), Description = Bilingual.Text("Le texte du fichier (CSV en UTF-8 avec sa ligne d'en-tête).", "The file's text (UTF-8 CSV with its header line).") });
        return input;
    }
}
