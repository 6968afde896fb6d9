using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Auth;

/// <summary>The operation needs an identity the request does not carry: HTTP 401, nothing executed.</summary>
public sealed class UnauthenticatedError : ValidationError, IHttpStatusError
{
    public UnauthenticatedError(ValidationContext context, ASTNode node, string message)
        : base(context.Document.Source, null, message, node) => Code = RoleCheck.UnauthenticatedCode;

    public int StatusCode => StatusCodes.Status401Unauthorized;

    public string? Allow => null;
}

/// <summary>The caller is known but lacks the role a field needs: HTTP 403, nothing executed.</summary>
public sealed class ForbiddenError : ValidationError, IHttpStatusError
{
    public ForbiddenError(ValidationContext context, ASTNode node, string message)
        : base(context.Document.Source, null, message, node) => Code = RoleCheck.ForbiddenCode;

    public int StatusCode => StatusCodes.Status403Forbidden;

    public string? Allow => null;
}
