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

            yield return input;
        }
    }
}
