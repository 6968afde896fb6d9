using System.Collections;
using GraphQLParser.AST;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>
/// <c>order: [{ name: ASC }, …]</c> → <see cref="OrderKey"/>s. Keys of one sort object apply in the order written
/// when the object is a literal; coercion loses that order, so it is read from the document. Inside a variable,
/// the declaration order applies (one key per object keeps it unambiguous). A repeated property keeps its first key.
/// </summary>
internal static class OrderReader
{
    public static IReadOnlyList<OrderKey> Read(LabelDef label, object? value, GraphQLValue? literal)
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
                foreach (var name in KeyOrder(sort, ElementLiteral(literal, index)))
                {
                    if (sort[name] is SortDirection direction)
                    {
                        var property = label.Property(name);
                        if (!keys.Exists(k => k.Property == property))
                        {
                            keys.Add(new OrderKey(property, direction));
                        }
                    }
                }
            }

            index++;
        }

        return keys;
    }

    private static GraphQLValue? ElementLiteral(GraphQLValue? literal, int index) => literal switch
    {
        GraphQLListValue list when list.Values is { } values && index < values.Count => values[index],
        GraphQLObjectValue single when index == 0 => single,
        _ => null,
    };

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
