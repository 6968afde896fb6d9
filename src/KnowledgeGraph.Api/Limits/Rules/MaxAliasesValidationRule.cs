using KnowledgeGraph.Api.GraphQL.Documents;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Limits.Errors;

namespace KnowledgeGraph.Api.Limits.Rules;

/// <summary>Refuses a document with more than <see cref="LimitsOptions.MaxAliases"/> aliased fields, in all its definitions.</summary>
public sealed class MaxAliasesValidationRule(int maxAliases) : ValidationRuleBase, IDocumentOnlyValidationRule
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var aliases = CountAliases(context.Document);
        if (aliases > maxAliases)
            context.ReportError(new TooManyAliasesError(context, aliases, maxAliases));
        return default;
    }

    private static int CountAliases(GraphQLDocument document)
    {
        var count = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLExecutableDefinition executable)
                pending.Push(executable.SelectionSet);
        }

        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                if (selection is GraphQLField { Alias: not null })
                    count++;
                if (selection is IHasSelectionSetNode { SelectionSet: { } children })
                    pending.Push(children);
            }
        }

        return count;
    }
}
