namespace KnowledgeGraph.Api.Http;

/// <summary>Serves the GraphiQL page built into the web root, or says how to build it.</summary>
public static class IdePage
{
    public const string NotBuiltMessage =
        "The GraphQL IDE is not built. Build it with `dotnet build src/KnowledgeGraph.Api` " +
        "(ui/ui.targets runs `npm ci` and `node build.mjs` in ui/graphiql, writing wwwroot/ide/).";

    public static async Task WriteAsync(HttpContext context, string indexFile)
    {
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = environment.WebRootFileProvider.GetFileInfo(indexFile);
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = "Accept";
        if (!file.Exists)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(NotBuiltMessage, context.RequestAborted);
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        await response.SendFileAsync(file, context.RequestAborted);
    }
}
