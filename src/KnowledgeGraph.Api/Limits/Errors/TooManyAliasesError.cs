using GraphQL.Validation;

namespace KnowledgeGraph.Api.Limits.Errors;

public sealed class TooManyAliasesError(ValidationContext context, int aliases, int maxAliases)
    : LimitValidationError(context, ErrorCode,
        $"The document uses {aliases} aliases; this API allows at most {maxAliases} per request. Split the query into several requests.")
{
    public const string ErrorCode = "MAX_ALIASES_EXCEEDED";
}
