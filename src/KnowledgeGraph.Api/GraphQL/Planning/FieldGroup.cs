using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>The fields that share one response key after fragments are flattened (merged as one field).</summary>
internal sealed class FieldGroup(string key, GraphQLField first)
{
    private List<GraphQLField>? _more;

    public string Key { get; } = key;

    public GraphQLField First { get; } = first;

    public bool HasMany => _more is not null;

    public IEnumerable<GraphQLField> Fields => _more is null ? [First] : _more.Prepend(First);

    public void Add(GraphQLField field) => (_more ??= []).Add(field);

    /// <summary>
    /// The sub-fields last collected for this group on one object type: every node of a page has the same type, so
    /// a walk over the page collects them once. Set by whoever collects; valid for the group's document and variables.
    /// </summary>
    public (IObjectGraphType Type, List<FieldGroup> Fields)? CollectedSubFields { get; set; }

    public void AddSelectionSetsTo(List<GraphQLSelectionSet> sets)
    {
        foreach (var field in Fields)
        {
            if (field.SelectionSet is { } set)
            {
                sets.Add(set);
            }
        }
    }
}
