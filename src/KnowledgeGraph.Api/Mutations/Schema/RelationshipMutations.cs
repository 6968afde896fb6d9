using GraphQL.Types;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>
/// The link and unlink mutations of one relationship definition; link takes the relationship's properties, unlink its
/// identifying ones (optional: they choose among parallel relationships).
/// </summary>
internal static class RelationshipMutations
{
    public const string IfAbsent = "ifAbsent";

    public static IEnumerable<MutationDefinition> For(GraphSchema schema, RelationshipDef definition)
    {
        var start = MutationNames.StartId(definition);
        var end = MutationNames.EndId(definition);
        var (from, to) = (LabelNouns.Of(definition.From), LabelNouns.Of(definition.To));
        ArgumentSpec[] ends =
        [
            new(start, () => new NonNullGraphType(new IdGraphType()), Bilingual.Text($"{LabelNouns.Capital(from.Le)} d'où part la relation.", $"The {from.English} the relationship starts at.")),
            new(end, () => new NonNullGraphType(new IdGraphType()), Bilingual.Text($"{LabelNouns.Capital(to.Le)} vers {to.Accord("lequel", "laquelle")} elle pointe.", $"The {to.English} it points to.")),
        ];

        var properties = definition.Properties
            .Select(p => new ArgumentSpec(p.Name, () => PropertyTypes.Of(p, p.IsRequired), PropertyTypes.Describe(p)));
        ArgumentSpec ifAbsent = new(IfAbsent, () => new BooleanGraphType(),
            Bilingual.Text("Si la relation existe déjà, la laisser telle quelle (pas d'erreur, rien n'est écrit) au lieu de refuser un doublon.",
                "When the relationship already exists, leave it as it is (no error, nothing written) instead of refusing a duplicate."), false);
        yield return new MutationDefinition(
            MutationNames.Link(schema, definition),
            Bilingual.Map(definition.Description, fr => $"Ajoute la relation {definition} : {Lower(fr)}", en => $"Adds the relationship {definition}: {Lower(en)}"),
            KnowledgeGraphRoles.Editor,
            [.. ends, .. properties, ifAbsent],
            values => new Link(definition.Type, InputValues.Id(values, start), InputValues.Id(values, end),
                InputValues.RelationshipProperties(values, definition), InputValues.Flag(values, IfAbsent)),
            MutationDefinition.NoNode);

        // Parallel relationships (same type, same two nodes) differ in their identifying properties: these select one.
        var key = definition.IdentifyingProperties
            .Select(p => new ArgumentSpec(p.Name, () => PropertyTypes.Of(p, false), Bilingual.Map(p.Description,
                fr => $"{fr} Choisit la relation à retirer parmi des relations parallèles (même type, mêmes nœuds) : celle qui a cette valeur (null : celle qui n'en a pas). Omis : toute valeur convient ; si plusieurs relations conviennent, rien n'est retiré (AMBIGUOUS_RELATIONSHIP, avec extensions.candidates).",
                en => $"{en} Chooses the relationship to remove among parallel ones (same type, same nodes): the one with this value (null: the one without). Left out: any value will do; when several relationships match, nothing is removed (AMBIGUOUS_RELATIONSHIP, with extensions.candidates).")))
            .ToList();
        yield return new MutationDefinition(
            MutationNames.Unlink(schema, definition),
            definition.From == definition.To
                ? Bilingual.Text($"Retire la relation {definition} entre deux {from.FrenchPlural}.", $"Removes the relationship {definition} between two {from.EnglishPlural}.")
                : Bilingual.Text($"Retire la relation {definition} entre {from.Un} et {to.Un}.", $"Removes the relationship {definition} between {from.A} and {to.A}."),
            KnowledgeGraphRoles.Editor,
            [.. ends, .. key],
            values => new Unlink(definition.Type, InputValues.Id(values, start), InputValues.Id(values, end),
                key.Count == 0 ? null : key.Where(k => values.ContainsKey(k.Name)).ToDictionary(k => k.Name, k => values[k.Name], StringComparer.Ordinal)),
            MutationDefinition.NoNode);
    }

    // "Un acteur participe…" after a colon: "un acteur participe…" (the sentences start with an article, never a name).
    private static string Lower(string sentence) => char.ToLowerInvariant(sentence[0]) + sentence[1..];
}
