using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Http.Errors;

/// <summary>GET is a safe method: the selected operation must be a query (405 with <c>Allow: POST</c>).</summary>
public sealed class MutationOverGetError : ValidationError, IHttpStatusError
{
    public MutationOverGetError(ValidationContext context, GraphQLOperationDefinition operation)
        : base(
            context.Document.Source,
            null,
            $"Only queries can be sent with GET; send this {operation.Operation.ToString().ToLowerInvariant()} with POST.",
            operation)
    {
        Code = "METHOD_NOT_ALLOWED";
    }

    public int StatusCode => StatusCodes.Status405MethodNotAllowed;

    public string? Allow => HttpMethods.Post;
}
