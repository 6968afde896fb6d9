using GraphQL.Types;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>The create, update and delete mutations of one label.</summary>
internal static class NodeMutations
{
    public const string Input = "input";
    public const string Id = "id";
    public const string Set = "set";
    public const string Remove = "remove";
    public const string Detach = "detach";

    public static IEnumerable<MutationDefinition> For(LabelDef label)
    {
        var noun = LabelNouns.Of(label);
        yield return new MutationDefinition(
            MutationNames.Create(label),
            Bilingual.Text($"Crée {noun.Un} (l'id suit le motif {label.IdPattern}, par exemple `{label.IdExample}`).",
                $"Creates {noun.A} (id pattern {label.IdPattern}, e.g. `{label.IdExample}`)."),
            KnowledgeGraphRoles.Editor,
            [new ArgumentSpec(Input, () => new NonNullGraphType(new GraphQLTypeReference(MutationNames.CreateInput(label))), Bilingual.Text($"{LabelNouns.Capital(noun.Un)} à créer.", $"The new {noun.English}."))],
            values =>
            {
                var input = InputValues.Object(values, Input);
                return new CreateNode(label.Name, InputValues.Id(input, GraphSchema.IdProperty), InputValues.Properties(input, GraphSchema.IdProperty));
            },
            values => InputValues.Id(InputValues.Object(values, Input), GraphSchema.IdProperty),
            label) { DirectInputType = MutationNames.CreateInput(label) };

        yield return new MutationDefinition(
            MutationNames.Update(label),
            Bilingual.Text($"Modifie et retire des propriétés {noun.DuLe} ; un null dans `set` retire aussi cette propriété.",
                $"Sets and removes properties of {noun.A}; a null in `set` removes that property too."),
            KnowledgeGraphRoles.Editor,
            [
                new ArgumentSpec(Id, () => new NonNullGraphType(new IdGraphType()), Bilingual.Text($"{LabelNouns.Capital(noun.Le)} à modifier.", $"The {noun.English} to change.")),
                new ArgumentSpec(Set, () => new GraphQLTypeReference(MutationNames.UpdateInput(label)), Bilingual.Text("Les propriétés à donner.", "The properties to set.")),
                new ArgumentSpec(Remove, () => new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(MutationNames.PropertyName(label)))),
                    Bilingual.Text("Les propriétés à retirer (pas les obligatoires).", "The properties to remove (not required ones).")),
            ],
            values => new UpdateNode(InputValues.Id(values, Id), InputValues.Properties(InputValues.Object(values, Set)), InputValues.Strings(values, Remove)),
            values => InputValues.Id(values, Id),
            label);

        yield return new MutationDefinition(
            MutationNames.Upsert(label),
            Bilingual.Text(
                $"Crée {noun.Le} qui porte cet id ou, {noun.Accord("s'il", "si elle")} existe, donne les propriétés indiquées et garde les autres ; validé " +
                "comme la création (toutes les propriétés obligatoires données) ou la modification qu'il se révèle être, dans la même transaction.",
                $"Creates the {noun.English} with this id or, when it exists, sets the given properties and keeps the others; validated " +
                "as the create (every required property given) or the update it turns out to be, in the same transaction."),
            KnowledgeGraphRoles.Editor,
            [
                new ArgumentSpec(Id, () => new NonNullGraphType(new IdGraphType()), Bilingual.Text($"{LabelNouns.Capital(noun.Le)} à créer ou à modifier.", $"The {noun.English} to create or change.")),
                new ArgumentSpec(Set, () => new NonNullGraphType(new GraphQLTypeReference(MutationNames.UpdateInput(label))),
                    Bilingual.Text("Les propriétés à donner (un null en retire une lors d'une modification).", "The properties to set (a null removes one on update).")),
            ],
            values => new UpsertNode(label.Name, InputValues.Id(values, Id), InputValues.Properties(InputValues.Object(values, Set))),
            values => InputValues.Id(values, Id),
            label);

        yield return new MutationDefinition(
            MutationNames.Delete(label),
            Bilingual.Text(
                $"Supprime {noun.Un}. Sans `detach`, la suppression est refusée tant que des relations {noun.Accord("le", "la")} touchent (l'erreur les énumère) ; " +
                "avec, ces relations sont supprimées aussi et listées dans `relationshipsDeleted`.",
                $"Deletes {noun.A}. Without `detach` it is refused while relationships touch it (the error lists them); " +
                "with it, those relationships are deleted too and listed in `relationshipsDeleted`."),
            KnowledgeGraphRoles.Editor,
            [
                new ArgumentSpec(Id, () => new NonNullGraphType(new IdGraphType()), Bilingual.Text($"{LabelNouns.Capital(noun.Le)} à supprimer.", $"The {noun.English} to delete.")),
                new ArgumentSpec(Detach, () => new BooleanGraphType(), Bilingual.Text("Supprimer aussi ses relations.", "Also delete its relationships."), false),
            ],
            values => new DeleteNode(InputValues.Id(values, Id), InputValues.Flag(values, Detach)),
            MutationDefinition.NoNode,
            label);
    }
}
