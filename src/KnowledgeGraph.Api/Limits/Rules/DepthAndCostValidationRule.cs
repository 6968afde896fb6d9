using KnowledgeGraph.Api.GraphQL.Documents;
using GraphQL.Validation;
using KnowledgeGraph.Api.Limits.Cost;
using KnowledgeGraph.Api.Limits.Errors;

namespace KnowledgeGraph.Api.Limits.Rules;

/// <summary>
/// Refuses an operation nested deeper than <see cref="LimitsOptions.MaxDepth"/> or costlier than
/// <see cref="LimitsOptions.MaxCost"/>. Runs after the other rules, and only on a document they accepted, so that
/// argument values are known and fragments are sound.
/// </summary>
public sealed class DepthAndCostValidationRule(int maxDepth, int maxCost) : ValidationRuleBase, IDocumentOnlyValidationRule
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.HasErrors)
            return default;
        var shape = OperationShapeAnalyzer.Measure(context);
        if (shape.Depth > maxDepth)
            context.ReportError(new QueryTooDeepError(context, shape.Depth, maxDepth));
        if (shape.Cost > maxCost)
            context.ReportError(new QueryTooCostlyError(context, shape.Cost, maxCost));
        return default;
    }
}
