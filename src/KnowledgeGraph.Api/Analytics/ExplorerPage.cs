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

    public static Task WriteAsync(HttpContext context) => BuiltPage.WriteAsync(context, IndexFile, NotBuiltMessage);
}
