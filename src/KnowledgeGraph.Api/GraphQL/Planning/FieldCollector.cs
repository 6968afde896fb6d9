using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>
/// The GraphQL spec's CollectFields: flattens fragment spreads and inline fragments that apply to an object type,
/// drops what <c>@skip</c>/<c>@include</c> exclude, and groups fields by response key in first-seen order.
/// </summary>
internal sealed class FieldCollector(GraphQLDocument document, Variables variables)
{
    public List<FieldGroup> Collect(IObjectGraphType type, IReadOnlyList<GraphQLSelectionSet> sets)
    {
        var groups = new List<FieldGroup>();
        HashSet<string>? visitedFragments = null;
        foreach (var set in sets)
        {
            Collect(type, set, groups, ref visitedFragments);
        }

        return groups;
    }

    private void Collect(IObjectGraphType type, GraphQLSelectionSet set, List<FieldGroup> groups, ref HashSet<string>? visitedFragments)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when IsIncluded(field.Directives):
                    AddField(groups, field);
                    break;
                case GraphQLFragmentSpread spread when IsIncluded(spread.Directives):
                    var name = spread.FragmentName.Name.StringValue;
                    if ((visitedFragments ??= new(StringComparer.Ordinal)).Add(name)
                        && FindFragment(name) is { } fragment
                        && Applies(type, fragment.TypeCondition))
                    {
                        Collect(type, fragment.SelectionSet, groups, ref visitedFragments);
                    }

                    break;
                case GraphQLInlineFragment inline when IsIncluded(inline.Directives):
                    if (inline.TypeCondition is null || Applies(type, inline.TypeCondition))
                    {
                        Collect(type, inline.SelectionSet, groups, ref visitedFragments);
                    }

                    break;
            }
        }
    }

    private static void AddField(List<FieldGroup> groups, GraphQLField field)
    {
        var key = field.Alias?.Name ?? field.Name;
        foreach (var group in groups)
        {
            if (group.Key.AsSpan().SequenceEqual(key.Value.Span))
            {
                group.Add(field);
                return;
            }
        }

        groups.Add(new FieldGroup(key.StringValue, field));
    }

    private GraphQLFragmentDefinition? FindFragment(string name)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment && fragment.FragmentName.Name.Value == name)
            {
                return fragment;
            }
        }

        return null;
    }

    /// <summary>A fragment applies to an object type when it names that type or an interface the type implements.</summary>
    private static bool Applies(IObjectGraphType type, GraphQLTypeCondition condition)
    {
        var name = condition.Type.Name.Value;
        if (name == type.Name)
        {
            return true;
        }

        foreach (var implemented in type.ResolvedInterfaces)
        {
            if (name == implemented.Name)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsIncluded(GraphQLDirectives? directives)
    {
        if (directives is null)
        {
            return true;
        }

        foreach (var directive in directives.Items)
        {
            if (directive.Name.Value == "skip" && Condition(directive))
            {
                return false;
            }

            if (directive.Name.Value == "include" && !Condition(directive))
            {
                return false;
            }
        }

        return true;
    }

    private bool Condition(GraphQLDirective directive)
    {
        var value = directive.Arguments?.Items.FirstOrDefault(a => a.Name.Value == "if")?.Value;
        return value switch
        {
            GraphQLBooleanValue literal => literal.BoolValue,
            GraphQLVariable variable => variables.ValueFor(variable.Name.Value, out var argument) && argument.Value is true,
            _ => false,
        };
    }
}
