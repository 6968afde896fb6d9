using KnowledgeGraph.Api.GraphQL.Documents;
using GraphQL.Validation;
using KnowledgeGraph.Api.Limits.Cost;
using KnowledgeGraph.Api.Limits.Errors;

namespace KnowledgeGraph.Api.Limits.Rules;

/// <summary>
/// Added when <see cref="LimitsOptions.MaxPageSize"/> is below what the stores serve (the planner refuses larger sizes
/// itself): refuses a larger <c>first</c>/<c>last</c> with the planner's code, <c>INVALID_PAGINATION</c>.
/// </summary>
public sealed class MaxPageSizeValidationRule(int maxPageSize) : ValidationRuleBase, IDocumentOnlyValidationRule
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.HasErrors || context.ArgumentValues is not { } fields)
            return default;
        foreach (var (field, arguments) in fields)
        {
            foreach (var name in (ReadOnlySpan<string>)[FieldCost.First, FieldCost.Last])
            {
                if (FieldCost.IntArgument(arguments, name) is { } size && size > maxPageSize)
                    context.ReportError(new PageTooLargeError(context, field, name, size, maxPageSize));
            }
        }

        return default;
    }
}
