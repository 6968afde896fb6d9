using GraphQL.Validation;

namespace KnowledgeGraph.Api.Limits.Errors;

public sealed class TooManyOperationsError(ValidationContext context, int operations, int maxOperations)
    : LimitValidationError(context, ErrorCode,
        $"The document holds {operations} operations; this API allows at most {maxOperations} per request. Send fewer operations per document.")
{
    public const string ErrorCode = "MAX_OPERATIONS_EXCEEDED";
}
