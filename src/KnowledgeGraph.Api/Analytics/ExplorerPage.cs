using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Analytics;

/// <summary>Serves the graph explorer page built into the web root (wwwroot/explorer/), or says how to build it.</summary>
public static class ExplorerPage
{
    public const string Path = "/explorer";
    public const string IndexFile = "explorer/index.html";

    public const string NotBuiltMessage =
        "The explorer is not built. Build it with `dotnet build src/KnowledgeGraph.Api` " +
        "(ui/ui.targets runs `npm ci` and `node build.mjs` in ui/explorer, writing wwwroot/explorer/).";

    /// <summary>The page, or 401 for an anonymous request while reads are closed (the page is the door to the data).</summary>
    public static async Task WriteAsync(HttpContext context)
    {
        if (await Exports.ReadAccess.AdmitAsync(context))
        {
            await BuiltPage.WriteAsync(context, IndexFile, NotBuiltMessage);
        }
    }
}
