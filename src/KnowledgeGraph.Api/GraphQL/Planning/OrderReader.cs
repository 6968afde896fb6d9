using System.Collections;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>
/// <c>order: [{ name: ASC }, { territories: { name: ASC } }, { alliancesCount: DESC }]</c> → <see cref="OrderKey"/>s:
/// a property, a related node's property (one relationship deep), a relationship count. Keys of one sort object
/// apply in the order written when the object is a literal; coercion loses that order, so it is read from the
/// document. Inside a variable, the declaration order applies (one key per object keeps it unambiguous). A repeated
/// key keeps its first direction.
/// </summary>
internal static class OrderReader
{
    public static IReadOnlyList<OrderKey> Read(GraphSchema schema, LabelDef label, object? value, GraphQLValue? literal)
    {
        if (value is not IEnumerable items)
        {
            return [];
        }

        var keys = new List<OrderKey>();
        var index = 0;
        foreach (var item in items)
        {
            if (item is IDictionary<string, object?> sort)
            {
                var element = ElementLiteral(literal, index);
                foreach (var name in KeyOrder(sort, element))
                {
                    foreach (var key in Keys(schema, label, name, sort[name], FieldLiteral(element, name)))
                    {
                        if (!keys.Exists(k => k.Path == key.Path))
                        {
                            keys.Add(key);
                        }
                    }
                }
            }

            index++;
        }

        return keys;
    }

    private static IEnumerable<OrderKey> Keys(GraphSchema schema, LabelDef label, string name, object? value, GraphQLValue? literal)
    {
        if (label.FindProperty(name) is { } property)
        {
            if (value is SortDirection direction)
            {
                yield return new OrderKey(property, direction);
            }

            yield break;
        }

        if (schema.FindField(label, name) is { } through)
        {
            if (value is IDictionary<string, object?> related)
            {
                foreach (var relatedName in KeyOrder(related, literal))
                {
                    if (related[relatedName] is SortDirection direction)
                    {
                        yield return OrderKey.Related(through, through.Target.Property(relatedName), direction);
                    }
                }
            }

            yield break;
        }

        var counted = schema.FieldsOf(label).First(f => SchemaNames.CountField(f) == name);
        if (value is SortDirection countDirection)
        {
            yield return OrderKey.Count(counted, countDirection);
        }
    }

    private static GraphQLValue? ElementLiteral(GraphQLValue? literal, int index) => literal switch
    {
        GraphQLListValue list when list.Values is { } values && index < values.Count => values[index],
        GraphQLObjectValue single when index == 0 => single,
        _ => null,
    };

    private static GraphQLValue? FieldLiteral(GraphQLValue? element, string name) =>
        element is GraphQLObjectValue { Fields: { } fields } ? fields.FirstOrDefault(f => f.Name.StringValue == name)?.Value : null;

    private static IEnumerable<string> KeyOrder(IDictionary<string, object?> sort, GraphQLValue? literal)
    {
        if (literal is GraphQLObjectValue { Fields: { } fields })
        {
            foreach (var field in fields)
            {
                var name = field.Name.StringValue;
                if (sort.ContainsKey(name))
                {
                    yield return name;
                }
            }
        }
        else
        {
            foreach (var name in sort.Keys)
            {
                yield return name;
            }
        }
    }
}
