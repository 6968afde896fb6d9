using System.Text.Json;

namespace KnowledgeGraph.Api.Imports;

/// <summary>
/// A refused import in the API's one error shape, <c>{"errors":[{"message","extensions":{"code",…}}]}</c>: one error
/// per problem, with <c>field</c> (<c>nodes/Actor.csv:12</c>), <c>file</c> and <c>line</c> when it is in a file, and
/// <c>suggestions</c> for an unknown file name. A list cut at its cap ends with an <c>ERRORS_TRUNCATED</c> error.
/// </summary>
internal static class ImportErrorBody
{
    public static object Of(ImportRefusedException refused)
    {
        var errors = refused.Problems.Select(Error).ToList();
        if (refused.Truncated)
        {
            var extensions = new Dictionary<string, object?> { ["code"] = ImportErrorCodes.ErrorsTruncated };
            string message;
            if (refused.Omitted is { } omitted)
            {
                extensions["omitted"] = omitted;
                message = $"{omitted} more problem(s) found and not listed ({refused.Problems.Count + omitted} in all).";
            }
            else
            {
                message = $"Validation stopped after {refused.Problems.Count} problems: there may be more. Fix these and send the files again.";
            }

            errors.Add(new Dictionary<string, object?> { ["message"] = message, ["extensions"] = extensions });
        }

        return new { errors };
    }

    public static async Task WriteAsync(HttpContext context, ImportRefusedException refused)
    {
        var response = context.Response;
        response.StatusCode = refused.StatusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        await JsonSerializer.SerializeAsync(response.Body, Of(refused), ImportJson.Options, context.RequestAborted);
    }

    private static Dictionary<string, object?> Error(ImportProblem problem)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = problem.Code };
        if (problem.Field is { } field)
        {
            extensions["field"] = field;
            extensions["file"] = problem.File;
            if (problem.Line > 0)
            {
                extensions["line"] = problem.Line;
            }
        }

        if (problem.Property is { Length: > 0 } property)
        {
            extensions["property"] = property;
        }

        if (problem.Suggestions is { Count: > 0 } suggestions)
        {
            extensions["suggestions"] = suggestions;
        }

        return new Dictionary<string, object?> { ["message"] = problem.Message, ["extensions"] = extensions };
    }
}
