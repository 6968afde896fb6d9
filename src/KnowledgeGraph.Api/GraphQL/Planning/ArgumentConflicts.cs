using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>
/// GraphQL validation makes fields of one response key agree within one parent. The planner also merges a node's
/// fields selected under <c>nodes</c> and under <c>edges { node }</c> (or under two aliases of them); results are keyed
/// by response key, so the same key there must carry the same arguments.
/// </summary>
internal static class ArgumentConflicts
{
    public static void ThrowIfAny(FieldGroup group)
    {
        if (!group.HasMany)
        {
            return;
        }

        foreach (var field in group.Fields)
        {
            if (!Same(group.First.Arguments, field.Arguments))
            {
                throw new PlanningException(PlanningException.ConflictingSelections,
                    $"'{group.Key}' is selected on the same nodes with different arguments; give the selections different aliases.");
            }
        }
    }

    private static bool Same(GraphQLArguments? left, GraphQLArguments? right)
    {
        var leftCount = left?.Items.Count ?? 0;
        if (leftCount != (right?.Items.Count ?? 0))
        {
            return false;
        }

        for (var i = 0; i < leftCount; i++)
        {
            var argument = left!.Items[i];
            var match = right!.Items.FirstOrDefault(a => a.Name.Value == argument.Name.Value);
            if (match is null || !Same(argument.Value, match.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(GraphQLValue left, GraphQLValue right) => (left, right) switch
    {
        (GraphQLVariable l, GraphQLVariable r) => l.Name.Value == r.Name.Value,
        (GraphQLNullValue, GraphQLNullValue) => true,
        (GraphQLBooleanValue l, GraphQLBooleanValue r) => l.BoolValue == r.BoolValue,
        (GraphQLEnumValue l, GraphQLEnumValue r) => l.Name.Value == r.Name.Value,
        (GraphQLIntValue l, GraphQLIntValue r) => l.Value == r.Value,
        (GraphQLFloatValue l, GraphQLFloatValue r) => l.Value == r.Value,
        (GraphQLStringValue l, GraphQLStringValue r) => l.Value == r.Value,
        (GraphQLListValue l, GraphQLListValue r) => (l.Values?.Count ?? 0) == (r.Values?.Count ?? 0)
            && (l.Values is null || l.Values.Zip(r.Values!).All(p => Same(p.First, p.Second))),
        (GraphQLObjectValue l, GraphQLObjectValue r) => (l.Fields?.Count ?? 0) == (r.Fields?.Count ?? 0)
            && (l.Fields is null || l.Fields.All(f => r.Fields!.FirstOrDefault(g => g.Name.Value == f.Name.Value) is { } g && Same(f.Value, g.Value))),
        _ => false,
    };
}
