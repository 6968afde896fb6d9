using GraphQL;
using GraphQL.DI;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>
/// Drops the <see cref="IDocumentOnlyValidationRule"/>s (the limits) for a kept document that declares no variables:
/// it passed them when it was kept, and nothing they read can have changed. Runs after the hooks that add those
/// rules (the limits, 10) and before the one that adds the authorization rule (50), which always runs.
/// </summary>
internal sealed class PassedDocumentRules : IConfigureExecution
{
    public float SortOrder => 20;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is { } document && options.ValidationRules is { } rules && KeptDocuments.PassedDocumentOnlyRules(document))
            options.ValidationRules = [.. rules.Where(rule => rule is not IDocumentOnlyValidationRule)];
        return next(options);
    }
}
