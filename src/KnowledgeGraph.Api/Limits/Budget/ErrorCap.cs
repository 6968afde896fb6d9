using GraphQL;
using KnowledgeGraph.Api.Limits.Errors;

namespace KnowledgeGraph.Api.Limits.Budget;

/// <summary>
/// Keeps at most a number of errors in a result and says how many were dropped, so that a small document cannot make
/// a large answer of errors. The added error is a request error, so the response's status does not change.
/// </summary>
public static class ErrorCap
{
    public static ExecutionResult Apply(ExecutionResult result, int maxErrors)
    {
        if (result.Errors is not { } errors || errors.Count <= maxErrors)
            return result;
        var kept = new ExecutionErrors();
        for (var i = 0; i < maxErrors; i++)
            kept.Add(errors[i]);
        kept.Add(new ErrorsTruncatedError(errors.Count - maxErrors));
        result.Errors = kept;
        return result;
    }
}
