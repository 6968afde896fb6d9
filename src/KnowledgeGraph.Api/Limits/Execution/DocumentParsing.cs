using GraphQL;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.Limits.Errors;

namespace KnowledgeGraph.Api.Limits.Execution;

/// <summary>
/// Parses the query before execution so that a document nested beyond the parser's depth becomes a request error
/// (GraphQL.NET reports the parser's depth exception as an unhandled one, i.e. a 500). A syntax error is thrown on as
/// the builder's <c>SyntaxError</c>, which the executer reports the usual way.
/// </summary>
public static class DocumentParsing
{
    private static readonly RememberingDocumentBuilder Builder = new();

    /// <summary>The parser's limit on AST nesting (GraphQL.NET's default).</summary>
    public const int MaxDepth = 128;

    /// <returns>A result to answer instead of executing, or null to go on.</returns>
    public static ExecutionResult? ParseInto(ExecutionOptions options)
    {
        if (options.Document is not null || options.Query is null)
            return null;
        try
        {
            options.Document = Builder.Build(options.Query);
            return null;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new ExecutionResult { Errors = [new DocumentTooDeepError(MaxDepth)] };
        }
    }
}
