using GraphQL.Validation;

namespace KnowledgeGraph.Api.Limits.Errors;

public sealed class QueryTooDeepError(ValidationContext context, int depth, int maxDepth)
    : LimitValidationError(context, ErrorCode,
        $"The query nests fields {(depth == int.MaxValue ? $"more than {Cost.OperationShapeAnalyzer.MaxNesting}" : depth)} levels deep; this API allows at most {maxDepth}. Ask for fewer nested fields, or split the query.",
        context.Operation)
{
    public const string ErrorCode = "MAX_DEPTH_EXCEEDED";
}
