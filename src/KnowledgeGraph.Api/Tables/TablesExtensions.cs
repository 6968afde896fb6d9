namespace KnowledgeGraph.Api.Tables;

public static class TablesExtensions
{
    /// <summary>
    /// Answers requests to <paramref name="path"/> that ask for <c>text/csv</c> as tables (see README.md in this folder);
    /// every other request goes on untouched. Call it just before the GraphQL endpoint is mapped, after CORS,
    /// authentication, rate limiting and the subscription transports.
    /// </summary>
    public static IApplicationBuilder UseGraphQLTables(this IApplicationBuilder app, string path) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase) && CsvRequest.Preferred(context.Request) is { } csv)
                await CsvResponder.RespondAsync(context, next, csv);
            else
                await next(context);
        });
}
