using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Api.Limits.Budget;
using KnowledgeGraph.Api.Limits.Errors;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>
/// GraphQL.NET's document builder (its defaults: nesting limit 128, comments ignored), with two differences for large
/// texts (<see cref="LargeTextVerdicts"/>). A text with long lines is parsed as its copy with short lines
/// (<see cref="ShortLines"/>: same offsets, same tokens), so that a syntax error never costs time quadratic in its
/// column; the document's source is then set back to the client's text, so that every location computed from it
/// (validation errors) is the client's, and a syntax error's location is mapped back the same way. And a syntax
/// error is found once per request: a text another layer already failed to parse gets the same error again, without a
/// second parse. The error is what GraphQL.NET's builder throws, a <see cref="SyntaxError"/> around the parser's
/// exception, with the client's line and column: the client's answer is unchanged.
/// </summary>
public sealed class RememberingDocumentBuilder : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _builder = new();

    public GraphQLDocument Build(string body)
    {
        var readable = LargeTextVerdicts.ReadableOf(body);
        if (readable.UnbrokenAt >= 0)
            throw new UnbrokenTextTooLongError(body, readable.UnbrokenAt);
        if (LargeTextVerdicts.SyntaxErrorOf(body) is { } known)
            throw SyntaxErrorIn(body, readable, known);
        try
        {
            var document = _builder.Build(readable.Text);
            document.Source = body;
            return document;
        }
        catch (SyntaxError error) when (error.InnerException is GraphQLSyntaxErrorException parsed)
        {
            LargeTextVerdicts.KeepSyntaxError(body, parsed);
            if (!readable.IsCopy(body))
                throw;
            throw SyntaxErrorIn(body, readable, parsed);
        }
    }

    /// <summary>GraphQL.NET's error for the parser's exception, located in the client's text.</summary>
    private static SyntaxError SyntaxErrorIn(string body, ReadableText readable, GraphQLSyntaxErrorException parsed)
    {
        var error = new SyntaxError(parsed);
        if (readable.IsCopy(body))
        {
            error.Locations?.Clear();
            error.AddLocation(Location.FromLinearPosition(body, readable.OffsetOf(parsed.Location)));
        }

        return error;
    }
}
