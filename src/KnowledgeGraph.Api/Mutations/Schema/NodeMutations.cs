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
        yield return new MutationDefinition(
            MutationNames.Create(label),
            $"Creates a {label.Name} (id pattern {label.IdPattern}, e.g. `{label.IdExample}`).",
            KnowledgeGraphRoles.Editor,
            [new ArgumentSpec(Input, () => new NonNullGraphType(new GraphQLTypeReference(MutationNames.CreateInput(label))), $"The new {label.Name}.")],
            values =>
            {
                var input = InputValues.Object(values, Input);
                return new CreateNode(label.Name, InputValues.Id(input, GraphSchema.IdProperty), InputValues.Properties(input, GraphSchema.IdProperty));
            },
            values => InputValues.Id(InputValues.Object(values, Input), GraphSchema.IdProperty),
            label) { DirectInputType = MutationNames.CreateInput(label) };

        yield return new MutationDefinition(
            MutationNames.Update(label),
            $"Sets and removes properties of a {label.Name}; a null in `set` removes that property too.",
            KnowledgeGraphRoles.Editor,
            [
                new ArgumentSpec(Id, () => new NonNullGraphType(new IdGraphType()), $"The {label.Name} to change."),
                new ArgumentSpec(Set, () => new GraphQLTypeReference(MutationNames.UpdateInput(label)), "The properties to set."),
                new ArgumentSpec(Remove, () => new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(MutationNames.PropertyName(label)))),
                    "The properties to remove (not required ones)."),
            ],
            values => new UpdateNode(InputValues.Id(values, Id), InputValues.Properties(InputValues.Object(values, Set)), InputValues.Strings(values, Remove)),
            values => InputValues.Id(values, Id),
            label);

        yield return new MutationDefinition(
            MutationNames.Upsert(label),
            $"Creates the {label.Name} with this id or, when it exists, sets the given properties and keeps the others; validated " +
            "as the create (every required property given) or the update it turns out to be, in the same transaction.",
            KnowledgeGraphRoles.Editor,
            [
                new ArgumentSpec(Id, () => new NonNullGraphType(new IdGraphType()), $"The {label.Name} to create or change."),
                new ArgumentSpec(Set, () => new NonNullGraphType(new GraphQLTypeReference(MutationNames.UpdateInput(label))),
                    "The properties to set (a null removes one on update)."),
            ],
            values => new UpsertNode(label.Name, InputValues.Id(values, Id), InputValues.Properties(InputValues.Object(values, Set))),
            values => InputValues.Id(values, Id),
            label);

        yield return new MutationDefinition(
            MutationNames.Delete(label),
            $"Deletes a {label.Name}. Without `detach` it is refused while relationships touch it (the error lists them); " +
            "with it, those relationships are deleted too and listed in `relationshipsDeleted`.",
            KnowledgeGraphRoles.Editor,
            [
                new ArgumentSpec(Id, () => new NonNullGraphType(new IdGraphType()), $"The {label.Name} to delete."),
                new ArgumentSpec(Detach, () => new BooleanGraphType(), "Also delete its relationships.", false),
            ],
            values => new DeleteNode(InputValues.Id(values, Id), InputValues.Flag(values, Detach)),
            MutationDefinition.NoNode,
            label);
    }
}
