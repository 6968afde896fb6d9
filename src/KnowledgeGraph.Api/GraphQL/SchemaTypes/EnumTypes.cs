using GraphQL.Types;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>One GraphQL enum per schema enum (values stay their names), and <c>NodeLabel</c>.</summary>
internal static class EnumTypes
{
    public static IEnumerable<IGraphType> Create(GraphSchema schema)
    {
        foreach (var definition in schema.Enums)
        {
            var type = new EnumerationGraphType { Name = definition.Name, Description = definition.Description };
            foreach (var value in definition.Values)
            {
                type.Add(value, value, definition.DescriptionOf(value));
            }

            yield return type;
        }

        var labels = new EnumerationGraphType { Name = SchemaNames.NodeLabel, Description = Bilingual.Text("Un label de nœud, pour restreindre une recherche.", "A node label, to narrow a search.") };
        foreach (var label in schema.Labels)
        {
            labels.Add(SchemaNames.UpperSnake(label.Name), label, label.Description);
        }

        yield return labels;
    }
}
