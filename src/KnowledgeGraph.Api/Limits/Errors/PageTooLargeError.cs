using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>A page size above the configured maximum; the same code the planner uses for sizes the stores refuse.</summary>
public sealed class PageTooLargeError(ValidationContext context, GraphQLField field, string argument, int size, int maxPageSize)
    : LimitValidationError(context, ErrorCode,
        $"`{argument}` on `{field.Name.StringValue}` must be between 0 and {maxPageSize}; it was {size}.",
        field)
{
    public const string ErrorCode = "INVALID_PAGINATION";
}
