namespace KnowledgeGraph.Api.Exports;

/// <summary>The JSON body of a refused export: <c>{"error": {"code": "...", "message": "..."}}</c>.</summary>
public static class ExportError
{
    public static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = new { code, message } }, context.RequestAborted);
    }
}
