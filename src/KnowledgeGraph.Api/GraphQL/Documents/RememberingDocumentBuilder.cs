using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Api.Limits.Budget;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>
/// GraphQL.NET's document builder (its defaults: nesting limit 128, comments ignored), except that the syntax error of
/// a large text is found once: a text another layer of the same request already failed to parse gets the same error
/// again, without a second parse (<see cref="LargeTextVerdicts"/>). The error is what GraphQL.NET's builder throws, a
/// <see cref="SyntaxError"/> around the parser's exception: the client's answer is unchanged.
/// </summary>
public sealed class RememberingDocumentBuilder : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _builder = new();

    public GraphQLDocument Build(string body)
    {
        if (LargeTextVerdicts.SyntaxErrorOf(body) is { } known)
            throw new SyntaxError(known);
        try
        {
            return _builder.Build(body);
        }
        catch (SyntaxError error) when (error.InnerException is GraphQLSyntaxErrorException parsed)
        {
            LargeTextVerdicts.KeepSyntaxError(body, parsed);
            throw;
        }
    }
}
