using System.Collections.Frozen;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;
using KnowledgeGraph.Api.Limits.Budget;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Prints a GraphQL document in a canonical form: whitespace and comments do not count, nor the order of arguments,
/// input-object fields, variable definitions or fragment definitions. Selections keep their order and aliases,
/// because both shape the answer.
/// </summary>
public static class OperationNormalizer
{
    private static readonly ParserOptions ParseOptions = new() { Ignore = IgnoreOptions.All };

    /// <returns>Null when the document does not parse or the request selects no operation: execution reports why.</returns>
    public static async ValueTask<NormalizedOperation?> NormalizeAsync(string query, string? operationName, CancellationToken cancellationToken)
    {
        var readable = LargeTextVerdicts.ReadableOf(query);
        if (readable.UnbrokenAt >= 0 || LargeTextVerdicts.SyntaxErrorOf(query) is not null)
            return null;
        GraphQLDocument document;
        try
        {
            // A text with long lines is parsed as its copy with short lines: the same document (ShortLines).
            document = Parser.Parse(readable.Text, ParseOptions);
        }
        catch (GraphQLSyntaxErrorException error)
        {
            // The executer will say the same of this text: it reuses the error instead of parsing again.
            LargeTextVerdicts.KeepSyntaxError(query, error);
            return null;
        }
        catch (GraphQLParserException)
        {
            return null;
        }
        if (SelectOperation(document, operationName) is not { } operation)
            return null;
        await new CanonicalOrderVisitor().VisitAsync(document, new DefaultVisitorContext { CancellationToken = cancellationToken });
        SortDefinitions(document);
        await using var writer = new StringWriter();
        await new SDLPrinter().PrintAsync(document, writer, cancellationToken);
        var variables = operation.Variables?.Items.Select(definition => definition.Variable.Name.StringValue).ToFrozenSet(StringComparer.Ordinal)
            ?? FrozenSet<string>.Empty;
        return new NormalizedOperation(writer.ToString(), operation.Operation, operation.Name?.StringValue) { Variables = variables };
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (string.IsNullOrEmpty(operationName))
            return operations.Count == 1 ? operations[0] : null;
        return operations.SingleOrDefault(operation => operation.Name?.StringValue == operationName);
    }

    private static void SortDefinitions(GraphQLDocument document) =>
        document.Definitions.Sort((left, right) =>
        {
            var byKind = Rank(left).CompareTo(Rank(right));
            return byKind != 0 ? byKind : string.CompareOrdinal(NameOf(left), NameOf(right));
        });

    private static int Rank(ASTNode definition) => definition is GraphQLOperationDefinition ? 0 : 1;

    private static string? NameOf(ASTNode definition) => definition switch
    {
        GraphQLOperationDefinition operation => operation.Name?.StringValue,
        GraphQLFragmentDefinition fragment => fragment.FragmentName.Name.StringValue,
        _ => null,
    };
}
