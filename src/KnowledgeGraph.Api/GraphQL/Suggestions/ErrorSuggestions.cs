using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Names = KnowledgeGraph.Core.Text.Suggestions;

namespace KnowledgeGraph.Api.GraphQL.Suggestions;

/// <summary>
/// Words an error again with the closest names (<see cref="Names.Closest"/> on the folded form, known synonyms
/// first): GraphQL.NET's validation errors for an unknown enum value (in a literal or a variable), field, argument or
/// input field; its own "Did you mean 'x'" is replaced by ours, <c> Did you mean "x"?</c>, and the names go to
/// <c>extensions.suggestions</c>. Any other error whose message already ends with that sentence (an unknown id, an
/// unknown territory) gets <c>extensions.suggestions</c> read from it.
/// </summary>
internal static partial class ErrorSuggestions
{
    public const string ExtensionName = "suggestions";

    public static ExecutionError Rewrite(ExecutionError error, ISchema schema, GraphQLDocument? document)
    {
        var message = error.Message;
        var found = error is ValidationError validation ? Suggest(validation, message, schema, document) : null;
        if (found is { } suggestion)
        {
            var worded = suggestion.Message + Names.DidYouMean(suggestion.Names);
            var replacement = Copy((ValidationError)error, worded);
            if (suggestion.Names.Count > 0)
                replacement.AddExtension(ExtensionName, suggestion.Names);
            return replacement;
        }

        // Errors worded with our sentence elsewhere (ids, territories): the names as a list too.
        if (error.Extensions?.ContainsKey(ExtensionName) != true && DidYouMeanEnd().Match(message) is { Success: true } end)
        {
            var names = QuotedName().Matches(end.Groups["list"].Value).Select(m => m.Groups[1].Value).ToList();
            if (names.Count > 0)
                error.AddExtension(ExtensionName, names);
        }

        return error;
    }

    private sealed record Suggestion(string Message, IReadOnlyList<string> Names);

    private static Suggestion? Suggest(ValidationError error, string message, ISchema schema, GraphQLDocument? document)
    {
        if (UnknownField().Match(message) is { Success: true } field)
        {
            if (schema.AllTypes[field.Groups["type"].Value] is not IComplexGraphType type)
                return null; // a union: GraphQL.NET's hint about fragments stays
            return new(StripTheirs(message), Closest(field.Groups["name"].Value, type.Fields.Select(f => f.Name)));
        }

        if (UnknownArgument().Match(message) is { Success: true } argument)
        {
            var names = schema.AllTypes[argument.Groups["type"].Value] is IComplexGraphType owner
                && owner.GetField(argument.Groups["field"].Value) is { } definition
                ? definition.Arguments?.Select(a => a.Name) ?? []
                : [];
            return new(StripTheirs(message), Closest(argument.Groups["name"].Value, names));
        }

        if (UnknownDirectiveArgument().Match(message) is { Success: true } directiveArgument)
        {
            var names = schema.Directives.Find(directiveArgument.Groups["directive"].Value)?.Arguments?.Select(a => a.Name) ?? [];
            return new(StripTheirs(message), Closest(directiveArgument.Groups["name"].Value, names));
        }

        if (WrongEnumLiteral().Match(message) is { Success: true } literal
            && schema.AllTypes[literal.Groups["type"].Value] is EnumerationGraphType literalEnum)
        {
            return new(message, Closest(literal.Groups["value"].Value, literalEnum.Values.Select(v => v.Name)));
        }

        if (WrongEnumVariable().Match(message) is { Success: true } variable
            && schema.AllTypes[variable.Groups["type"].Value] is EnumerationGraphType variableEnum)
        {
            return new(EndSentence(message), Closest(variable.Groups["value"].Value, variableEnum.Values.Select(v => v.Name)));
        }

        if (UnknownInputField().Match(message) is { Success: true } input && document is not null
            && error.Nodes?.FirstOrDefault() is GraphQLArgument node
            && ArgumentLocator.TypeOf(node, schema, document) is { } argumentType)
        {
            var path = InputPath().Matches(input.Value).Select(m => m.Groups[1].Value).ToList();
            if (InputFieldsAt(argumentType, path.Take(path.Count - 1)) is { } fields)
                return new(message, Closest(path[^1], fields));
        }

        return null;
    }

    /// <summary>Synonyms of what was typed that are allowed here, then the closest names; at most three.</summary>
    internal static IReadOnlyList<string> Closest(string typed, IEnumerable<string> candidates)
    {
        var allowed = candidates.Where(c => !c.StartsWith("__", StringComparison.Ordinal)).ToList();
        return NameSynonyms.Of(typed, allowed)
            .Concat(Names.Closest(typed, allowed))
            .Where(name => !string.Equals(name, typed, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();
    }

    /// <summary>The input fields of the input object reached from <paramref name="type"/> by the named fields.</summary>
    private static IEnumerable<string>? InputFieldsAt(IGraphType type, IEnumerable<string> path)
    {
        var current = Unwrap(type);
        foreach (var name in path)
        {
            if (current is not IInputObjectGraphType input || input.GetField(name)?.ResolvedType is not { } next)
                return null;
            current = Unwrap(next);
        }

        return current is IInputObjectGraphType target ? target.Fields.Select(f => f.Name) : null;
    }

    private static IGraphType Unwrap(IGraphType type) =>
        type is IProvideResolvedType wrapper && wrapper.ResolvedType is { } inner ? Unwrap(inner) : type;

    private static string StripTheirs(string message) => TheirDidYouMean().Replace(message, string.Empty);

    private static string EndSentence(string message) => message.EndsWith('.') ? message : message + ".";

    /// <summary>The same error (class, code, number, locations, path, extensions), worded anew.</summary>
    private static ValidationError Copy(ValidationError error, string message)
    {
        var copy = new WordedValidationError(message, error);
        foreach (var location in error.Locations ?? [])
            copy.AddLocation(location);
        return copy;
    }

    [GeneratedRegex(@"^Cannot query field '(?<name>[^']+)' on type '(?<type>[^']+)'\.")]
    private static partial Regex UnknownField();

    [GeneratedRegex(@"^Unknown argument '(?<name>[^']+)' on field '(?<field>[^']+)' of type '(?<type>[^']+)'\.")]
    private static partial Regex UnknownArgument();

    [GeneratedRegex(@"^Unknown argument '(?<name>[^']+)' on directive '@?(?<directive>[^']+)'\.")]
    private static partial Regex UnknownDirectiveArgument();

    [GeneratedRegex(@"Expected type '\[?(?<type>[A-Za-z_][A-Za-z0-9_]*)!?\]?!?', found (?<value>[A-Za-z_][A-Za-z0-9_]*)\.")]
    private static partial Regex WrongEnumLiteral();

    [GeneratedRegex(@"Unable to convert '(?<value>[^']*)' to '(?<type>[A-Za-z_][A-Za-z0-9_]*)'")]
    private static partial Regex WrongEnumVariable();

    [GeneratedRegex(@"^Argument '[^']+' has invalid value\. (In field '[^']+': \[?)+Unknown field\.")]
    private static partial Regex UnknownInputField();

    [GeneratedRegex(@"In field '([^']+)'")]
    private static partial Regex InputPath();

    [GeneratedRegex(@" ?Did you mean [^?]*\??$")]
    private static partial Regex TheirDidYouMean();

    [GeneratedRegex(@" Did you mean (?<list>""[^""]*""(?:(?:, | or )""[^""]*"")*)\?$")]
    private static partial Regex DidYouMeanEnd();

    [GeneratedRegex(@"""([^""]*)""")]
    private static partial Regex QuotedName();
}
