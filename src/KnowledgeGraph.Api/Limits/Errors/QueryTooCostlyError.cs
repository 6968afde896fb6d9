using GraphQL.Validation;

namespace KnowledgeGraph.Api.Limits.Errors;

public sealed class QueryTooCostlyError(ValidationContext context, double cost, int maxCost)
    : LimitValidationError(context, ErrorCode,
        FormattableString.Invariant($"The query could return up to {cost:N0} objects (its estimated cost); this API allows at most {maxCost:N0}. ") +
        "Ask for smaller pages (`first`/`last`) on nested lists, or split the query.",
        context.Operation)
{
    public const string ErrorCode = "MAX_COST_EXCEEDED";
}
