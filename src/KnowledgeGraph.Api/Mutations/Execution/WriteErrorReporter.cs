using GraphQL;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Mutations.Execution;

/// <summary>A refused change set as GraphQL errors: one per <see cref="WriteError"/>, with its code, operation and field.</summary>
internal static class WriteErrorReporter
{
    public const string OperationIndexKey = "operationIndex";
    public const string FieldKey = "field";
    public const string CandidatesKey = "candidates";

    public static void Report(IResolveFieldContext context, WriteValidationException refused)
    {
        foreach (var error in refused.Errors)
        {
            context.Errors.Add(ToExecutionError(context, error));
        }
    }

    public static ExecutionError ToExecutionError(IResolveFieldContext context, WriteError error)
    {
        var executionError = new ExecutionError($"{error.Field}: {error.Message}")
        {
            Code = error.Code,
            Path = context.ResponsePath,
            Extensions = new Dictionary<string, object?> { [OperationIndexKey] = error.OperationIndex, [FieldKey] = error.Field },
        };
        if (error.Candidates is { } candidates)
        {
            executionError.Extensions[CandidatesKey] = candidates;
        }

        executionError.AddLocation(context.FieldAst, context.Document);
        return executionError;
    }
}
