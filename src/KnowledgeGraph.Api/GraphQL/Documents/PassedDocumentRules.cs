using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>
/// Drops the <see cref="IDocumentOnlyValidationRule"/>s (the limits) for a kept document that declares no variables:
/// it passed them when it was kept, and nothing they read can have changed. Runs after the hooks that add those
/// rules (the limits, 10) and before the one that adds the authorization rule (50), which always runs.
/// </summary>
internal sealed class PassedDocumentRules : IConfigureExecution
{
    // Keyed by the document itself: a kept document belongs to one service instance, and dies with its cache entry.
    private static readonly ConditionalWeakTable<GraphQLDocument, object> Passed = new();
    private static readonly object Yes = new();

    public float SortOrder => 20;

    /// <summary>Records that a document declaring no variables passed every validation rule.</summary>
    public static void Mark(GraphQLDocument document) => Passed.AddOrUpdate(document, Yes);

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is { } document && options.ValidationRules is { } rules && Passed.TryGetValue(document, out _))
            options.ValidationRules = [.. rules.Where(rule => rule is not IDocumentOnlyValidationRule)];
        return next(options);
    }
}
