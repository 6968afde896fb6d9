using GraphQL;
using GraphQL.DI;

namespace KnowledgeGraph.Api.GraphQL.Suggestions;

/// <summary>
/// Outermost execution hook: once a request has run, every error that names something unknown (an enum value, a
/// field, an argument, an input field) is worded again with the closest names of the schema
/// (<see cref="ErrorSuggestions"/>), and every error whose message ends with a "did you mean" sentence carries its
/// names in <c>extensions.suggestions</c>. Error classes, codes and locations stay as they were, so HTTP statuses
/// do not change.
/// </summary>
internal sealed class DidYouMeanExecution : IConfigureExecution
{
    /// <summary>Before every other hook (the document cache is 5): it sees the final errors.</summary>
    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        if (result.Errors is not { Count: > 0 } errors || options.Schema is not { } schema)
            return result;

        var document = result.Document ?? options.Document;
        var rewritten = new ExecutionErrors();
        var changed = false;
        foreach (var error in errors)
        {
            var replacement = ErrorSuggestions.Rewrite(error, schema, document);
            changed |= !ReferenceEquals(replacement, error);
            rewritten.Add(replacement);
        }

        if (changed)
            result.Errors = rewritten;
        return result;
    }
}
