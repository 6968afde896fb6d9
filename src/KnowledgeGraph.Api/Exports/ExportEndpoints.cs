using KnowledgeGraph.Api.Analytics;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Store;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// <c>GET /export/{graph|neighborhood|co-participation}.{gexf|graphml|cyjs.json|nodes.csv|edges.csv}</c>: the
/// sub-graph, streamed into the response as a download. A bad parameter or an unknown id answers 400 with
/// <c>{"error": {"code", "message"}}</c>; an unknown file name 404; the database being away 503.
/// </summary>
public static partial class ExportEndpoints
{
    public const string PathPrefix = "/export";
    public const string UnknownExportCode = "UNKNOWN_EXPORT";

    public static IEndpointRouteBuilder MapKnowledgeGraphExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(PathPrefix + "/{file}", [HttpMethods.Get, HttpMethods.Head], ExportAsync).ExcludeFromDescription();
        return endpoints;
    }

    public static async Task ExportAsync(HttpContext context, string file, GraphAnalytics analytics, ILogger<GraphAnalytics> logger)
    {
        var cancellationToken = context.RequestAborted;
        if (!ExportTarget.TryParse(file, out var target))
        {
            await ExportError.WriteAsync(context, StatusCodes.Status404NotFound, UnknownExportCode,
                $"'{file}' is not an export; ask for {{{string.Join('|', ExportTarget.Graphs.Keys)}}}.{{{string.Join('|', ExportTarget.Formats.Keys)}}}.");
            return;
        }

        SubGraph graph;
        string? qualifier;
        try
        {
            (graph, qualifier) = await SelectAsync(target.Graph, context.Request.Query, analytics, cancellationToken);
        }
        catch (InvalidQueryException invalid)
        {
            await ExportError.WriteAsync(context, StatusCodes.Status400BadRequest, invalid.Code, invalid.Message);
            return;
        }
        catch (StoreException store)
        {
            LogStoreError(logger, store.Code, file, store);
            await ExportError.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, store.Code, store.Message);
            return;
        }

        var exporter = SubGraphExporters.For(target.Format);
        var response = context.Response;
        response.ContentType = exporter.ContentType + "; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = target.FileName(qualifier),
        }.ToString();
        response.Headers.CacheControl = "no-cache";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await exporter.WriteAsync(graph, response.Body, cancellationToken);
    }

    /// <summary>The sub-graph an export is of, and a short qualifier for its file name.</summary>
    public static async Task<(SubGraph Graph, string? Qualifier)> SelectAsync(
        ExportGraph graph, IQueryCollection query, GraphAnalytics analytics, CancellationToken cancellationToken)
    {
        switch (graph)
        {
            case ExportGraph.Neighborhood:
                var request = ExportParameters.Neighborhood(query);
                return (await analytics.NeighborhoodAsync(request, cancellationToken), request.Ids.Count == 1 ? request.Ids[0] : null);
            case ExportGraph.CoParticipation:
                var filter = ExportParameters.CoParticipation(query);
                return ((await analytics.CoParticipationAsync(filter, cancellationToken)).ToSubGraph(), filter.Within);
            default:
                return (await analytics.WholeGraphAsync(cancellationToken), null);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store error {Code} while exporting {File}.")]
    private static partial void LogStoreError(ILogger logger, string code, string file, Exception exception);
}
