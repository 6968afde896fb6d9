using GraphQL.Execution;

namespace KnowledgeGraph.Api.Limits.Errors;

/// <summary>The parser gave up: the document's syntax (fields, arguments, values) nests deeper than it reads.</summary>
public sealed class DocumentTooDeepError : DocumentError
{
    public const string ErrorCode = "DOCUMENT_TOO_DEEP";

    public DocumentTooDeepError(int maxDepth)
        : base($"The document nests its fields, arguments or values more than {maxDepth} levels deep, which this API does not read. Simplify the query.")
    {
        Code = ErrorCode;
    }
}
