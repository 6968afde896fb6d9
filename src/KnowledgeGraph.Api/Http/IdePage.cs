namespace KnowledgeGraph.Api.Http;

/// <summary>Serves the GraphiQL page built into the web root, or says how to build it.</summary>
public static class IdePage
{
    public const string NotBuiltMessage =
        "The GraphQL IDE is not built. Build it with `dotnet build src/KnowledgeGraph.Api` " +
        "(ui/ui.targets runs `npm ci` and `node build.mjs` in ui/graphiql, writing wwwroot/ide/).";

    public static Task WriteAsync(HttpContext context, string indexFile)
    {
        // The same URL answers GraphQL or the IDE depending on Accept.
        context.Response.Headers.Vary = "Accept";
        return BuiltPage.WriteAsync(context, indexFile, NotBuiltMessage);
    }
}
