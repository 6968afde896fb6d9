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
            Description = "Sort direction. Missing values come last ascending and first descending.",
        };
        direction.Add("ASC", SortDirection.Ascending, "Ascending (text ignores case and accents).");
        direction.Add("DESC", SortDirection.Descending, "Descending (text ignores case and accents).");
        yield return direction;

        foreach (var label in schema.Labels)
        {
            var input = new InputObjectGraphType
            {
                Name = SchemaNames.SortInput(label),
                Description = $"Sort keys for {label.Name} nodes, applied in the order written; the id breaks ties.",
            };
            foreach (var property in label.Properties.Where(p => p.IsSortable))
            {
                input.AddField(InputField(property.Name, Named(SchemaNames.SortEnumType), property.Description));
            }

            foreach (var field in schema.FieldsOf(label))
            {
                input.AddField(InputField(field.Name, Named(SchemaNames.PropertySortInput(field.Target)),
                    field.IsSingle
                        ? $"By a property of the {field.Name} (missing when there is none)."
                        : $"By a property of the {field.Name}: with several, the smallest value sorts ASC and the largest DESC; none is a missing value."));
                if (!field.IsSingle)
                {
                    input.AddField(InputField(SchemaNames.CountField(field), Named(SchemaNames.SortEnumType),
                        $"By the number of {field.Name} ({field.Relationship.Type} relationships)."));
                }
            }

            yield return input;

            var related = new InputObjectGraphType
            {
                Name = SchemaNames.PropertySortInput(label),
                Description = $"Sort keys over a related {label.Name}'s own properties (one relationship deep; booleans and lists excluded).",
            };
            foreach (var property in label.Properties.Where(OrderKey.IsSortableThrough))
            {
                related.AddField(InputField(property.Name, Named(SchemaNames.SortEnumType), property.Description));
            }

            yield return related;
        }
    }
}
