using GraphQL.Types;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphQL.SchemaTypes.TypeRefs;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary><c>SortEnumType</c> and a <c>&lt;Label&gt;SortInput</c> per label.</summary>
internal static class SortInputTypes
{
    public static IEnumerable<IGraphType> Create(GraphSchema schema)
    {
        var direction = new EnumerationGraphType
        {
            Name = SchemaNames.SortEnumType,
            Description = Bilingual.Text("Le sens du tri. Les valeurs manquantes viennent en dernier en ordre croissant, en premier en ordre décroissant.", "Sort direction. Missing values come last ascending and first descending."),
        };
        direction.Add("ASC", SortDirection.Ascending, Bilingual.Text("Croissant (le texte est comparé sans tenir compte de la casse, des accents ni de la ponctuation).", "Ascending (text ignores case, accents and punctuation)."));
        direction.Add("DESC", SortDirection.Descending, Bilingual.Text("Décroissant (le texte est comparé sans tenir compte de la casse, des accents ni de la ponctuation).", "Descending (text ignores case, accents and punctuation)."));
        yield return direction;

        foreach (var label in schema.Labels)
        {
            var noun = LabelNouns.Of(label);
            var input = new InputObjectGraphType
            {
                Name = SchemaNames.SortInput(label),
                Description = Bilingual.Text($"Les clés de tri {noun.Des}, appliquées dans l'ordre où elles sont écrites ; l'id départage les égalités.",
                    $"Sort keys for {noun.EnglishPlural}, applied in the order written; the id breaks ties."),
            };
            foreach (var property in label.Properties.Where(p => p.IsSortable))
            {
                input.AddField(InputField(property.Name, Named(SchemaNames.SortEnumType), property.Description));
            }

            foreach (var field in schema.FieldsOf(label))
            {
                var target = LabelNouns.Of(field.Target);
                input.AddField(InputField(field.Name, Named(SchemaNames.PropertySortInput(field.Target)),
                    field.IsSingle
                        ? Bilingual.Text($"Selon une propriété {target.DuLe} {target.Accord("lié", "liée")} (champ `{field.Name}`) ; valeur manquante s'il n'y en a pas.",
                            $"By a property of the {field.Name} (missing when there is none).")
                        : Bilingual.Text($"Selon une propriété {target.Des} {target.Accord("liés", "liées")} (champ `{field.Name}`) : s'il y en a plusieurs, la plus petite valeur compte en ASC et la plus grande en DESC ; s'il n'y en a {target.Accord("aucun", "aucune")}, la valeur est manquante.",
                            $"By a property of the {field.Name}: with several, the smallest value sorts ASC and the largest DESC; none is a missing value.")));
                if (!field.IsSingle)
                {
                    input.AddField(InputField(SchemaNames.CountField(field), Named(SchemaNames.SortEnumType),
                        Bilingual.Text($"Selon le nombre {target.De} {target.Accord("liés", "liées")} (champ `{field.Name}`, relations {field.Relationship.Type}).",
                            $"By the number of {field.Name} ({field.Relationship.Type} relationships).")));
                }
            }

            yield return input;

            var related = new InputObjectGraphType
            {
                Name = SchemaNames.PropertySortInput(label),
                Description = Bilingual.Text($"Les clés de tri sur les propriétés propres {noun.DuLe} {noun.Accord("lié", "liée")} (à une relation de distance ; ni booléens ni listes).",
                    $"Sort keys over a related {noun.English}'s own properties (one relationship deep; booleans and lists excluded)."),
            };
            foreach (var property in label.Properties.Where(OrderKey.IsSortableThrough))
            {
                related.AddField(InputField(property.Name, Named(SchemaNames.SortEnumType), property.Description));
            }

            yield return related;
        }
    }
}
