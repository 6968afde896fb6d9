namespace KnowledgeGraph.Api.Http;

/// <summary>Serves an HTML page that the UI build writes into the web root, or a 503 saying how to build it.</summary>
public static class BuiltPage
{
    public static async Task WriteAsync(HttpContext context, string indexFile, string notBuiltMessage)
    {
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = environment.WebRootFileProvider.GetFileInfo(indexFile);
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        if (!file.Exists)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(notBuiltMessage, context.RequestAborted);
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.SendFileAsync(file, context.RequestAborted);
    }
}
