namespace KnowledgeGraph.Api.Analytics;

/// <summary>Serves the graph explorer page built into the web root (wwwroot/explorer/), or says how to build it.</summary>
public static class ExplorerPage
{
    public const string Path = "/explorer";
    public const string IndexFile = "explorer/index.html";

    public const string NotBuiltMessage =
        "The explorer is not built. Build it with `dotnet build src/KnowledgeGraph.Api` " +
        "(ui/ui.targets runs `npm ci` and `node build.mjs` in ui/explorer, writing wwwroot/explorer/).";

    public static async Task WriteAsync(HttpContext context)
    {
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = environment.WebRootFileProvider.GetFileInfo(IndexFile);
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
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
