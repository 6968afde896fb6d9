using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Limits.Errors;

public sealed class IntrospectionDisabledError(ValidationContext context, GraphQLField field)
    : LimitValidationError(context, ErrorCode,
        $"Introspection (`{field.Name.StringValue}`) is turned off on this server; the schema is published with the API documentation.",
        field)
{
    public const string ErrorCode = "INTROSPECTION_DISABLED";
}
