using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>A document refused before execution because it asks for more than a limit allows; a stable code per limit.</summary>
public abstract class LimitValidationError : ValidationError
{
    protected LimitValidationError(ValidationContext context, string code, string message, params ASTNode[] nodes)
        : base(context.Document.Source, null, message, nodes)
    {
        Code = code;
    }
}
