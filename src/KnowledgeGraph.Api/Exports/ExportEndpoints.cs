using System.Globalization;
using KnowledgeGraph.Api.Analytics;
using KnowledgeGraph.Api.Analytics.Snapshots;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Territories;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// <c>GET|HEAD /export/{graph|neighborhood|co-participation}.{gexf|graphml|cyjs.json|graphology.json|nodes.csv|edges.csv}</c>:
/// the sub-graph, streamed into the response as a download. The door is that of <c>/graphql</c> (identity when reads
/// are closed, the client's rate limit) plus a concurrency slot for heavy exports (<see cref="ExportOptions"/>).
/// Parameters: <see cref="ExportParameters"/>. Answers carry an <c>ETag</c> (data version + file + parameters) and
/// <c>Cache-Control: no-cache</c>, so that clients revalidate and get 304 while the data has not changed. Every refusal
/// is a GraphQL-shaped error with <c>extensions.code</c> (<see cref="ExportErrors"/>): 400 bad parameter or unknown id,
/// 401 anonymous while reads are closed, 404 unknown file name, 429 rate-limited or busy, 503 store away. A failure
/// after the first bytes are sent aborts the connection, so a client never takes a cut file for a whole one.
/// </summary>
public static partial class ExportEndpoints
{
    public const string PathPrefix = "/export";
    public const string UnknownExportCode = ExportErrors.UnknownExportCode;

    public static IEndpointRouteBuilder MapKnowledgeGraphExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(PathPrefix + "/{file}", [HttpMethods.Get, HttpMethods.Head], ExportAsync)
            .RequireClientRateLimit()
            .ExcludeFromDescription();
        return endpoints;
    }

    public static async Task ExportAsync(
        HttpContext context, string file, GraphAnalytics analytics, ExportConcurrency concurrency, IOptions<ExportOptions> options,
        ILogger<GraphAnalytics> logger)
    {
        var cancellationToken = context.RequestAborted;
        if (!await ReadAccess.AdmitAsync(context))
        {
            return;
        }

        if (!ExportTarget.TryParse(file, out var target))
        {
            await ExportErrors.WriteAsync(context, StatusCodes.Status404NotFound, UnknownExportCode,
                $"'{file}' is not an export; ask for {{{string.Join('|', ExportTarget.Graphs.Keys)}}}.{{{string.Join('|', ExportTarget.Formats.Keys)}}}.");
            return;
        }

        var response = context.Response;
        System.Threading.RateLimiting.RateLimitLease? slot = null;
        try
        {
            SubGraph graph;
            string? qualifier;
            ExportSettings settings;
            try
            {
                var query = ExportParameters.Read(target, context.Request.Query);
                var snapshot = await analytics.SnapshotAsync(cancellationToken);
                var etag = ExportETag.Of(snapshot.Version, file, context.Request.Query);
                response.Headers.ETag = etag;
                response.Headers.CacheControl = ReadAccess.ReadsAreClosed(context) ? "private, no-cache" : "no-cache";
                if (ExportETag.Matches(context.Request, etag))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }

                if (IsHeavy(query))
                {
                    slot = concurrency.TryEnter(context);
                    if (!slot.IsAcquired)
                    {
                        var seconds = Math.Max(1, options.Value.BusyRetryAfterSeconds);
                        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                        await ExportErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, ExportErrors.ExportBusyCode,
                            $"Too many heavy exports (the whole graph, the co-participation network, or measures) are running for you or on this instance; retry in {seconds} s.");
                        return;
                    }
                }

                (graph, qualifier) = await SelectAsync(query, snapshot, analytics, cancellationToken);
                graph = NodePlaces.Add(graph, snapshot.View);
                if (query.Measures)
                {
                    graph = await AddMeasuresAsync(graph, query, analytics, cancellationToken);
                }

                settings = new ExportSettings(query.Version, query.Dynamic ? TimeSpells.For(graph, snapshot.View) : null);
            }
            catch (InvalidQueryException invalid)
            {
                await ExportErrors.WriteAsync(context, StatusCodes.Status400BadRequest, invalid.Code, invalid.Message, invalid.Extensions);
                return;
            }
            catch (StoreException store)
            {
                LogStoreError(logger, store.Code, file, store);
                await ExportErrors.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, store.Code, store.Message);
                return;
            }

            var exporter = SubGraphExporters.For(target.Format, settings);
            response.ContentType = exporter.ContentType + "; charset=utf-8";
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
            {
                FileName = target.FileName(qualifier),
            }.ToString();
            if (HttpMethods.IsHead(context.Request.Method))
            {
                return;
            }

            await WriteAsync(context, exporter, graph, file, logger, cancellationToken);
        }
        finally
        {
            slot?.Dispose();
        }
    }

    // The body is streamed: once a byte is out, the status is 200 for good. A failure then must not end the response
    // normally (a client would take a cut file for a whole one): the connection is aborted, which the client sees as
    // an error (an incomplete chunked body or a reset).
    private static async Task WriteAsync(
        HttpContext context, ISubGraphExporter exporter, SubGraph graph, string file, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await exporter.WriteAsync(graph, context.Response.Body, cancellationToken);
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            LogWriteFailed(logger, file, context.Response.HasStarted, failure);
            if (!context.Response.HasStarted)
            {
                context.Response.Headers.ContentDisposition = default;
                await ExportErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, ExportErrors.ExportFailedCode,
                    "The export could not be written; the failure is logged. Try again, or ask for a smaller part.");
                return;
            }

            context.Abort();
        }
    }

    private static bool IsHeavy(ExportQuery query) => query.Target.Graph != ExportGraph.Neighborhood || query.Measures;

    /// <summary>The sub-graph an export is of, and a short qualifier for its file name.</summary>
    public static async Task<(SubGraph Graph, string? Qualifier)> SelectAsync(
        ExportQuery query, GraphSnapshot snapshot, GraphAnalytics analytics, CancellationToken cancellationToken)
    {
        switch (query.Target.Graph)
        {
            case ExportGraph.Neighborhood:
                var request = query.Neighborhood!;
                return (await analytics.NeighborhoodAsync(snapshot.View, request, cancellationToken), request.Ids.Count == 1 ? request.Ids[0] : null);
            case ExportGraph.CoParticipation:
                return ((await analytics.CoParticipationAsync(query.Filter, cancellationToken)).ToSubGraph(), TerritoryId(snapshot, query.Filter?.Within));
            default:
                var whole = query.Whole ?? new WholeGraphFilter();
                return whole.IsEmpty
                    ? (await analytics.WholeGraphAsync(cancellationToken), null)
                    : (await analytics.WholeGraphSelectionAsync(snapshot.View, whole, cancellationToken), TerritoryId(snapshot, query.Whole?.Alliances?.Within));
        }
    }

    // The file is named by the territory's id, whatever the client called it ("Occitanie" → co-participation-REG-76…).
    private static string? TerritoryId(GraphSnapshot snapshot, string? within) =>
        within is null ? null : TerritoryDirectory.Of(snapshot.View).Resolve(within);

    // Scores of the co-participation network (with the export's filter) for its export; of the whole graph otherwise.
    private static async Task<SubGraph> AddMeasuresAsync(SubGraph graph, ExportQuery query, GraphAnalytics analytics, CancellationToken cancellationToken)
    {
        var measures = query.Target.Graph == ExportGraph.CoParticipation
            ? await analytics.NodeMeasuresAsync(AnalysisNetwork.CoParticipation, query.Filter, cancellationToken)
            : await analytics.NodeMeasuresAsync(AnalysisNetwork.WholeGraph, null, cancellationToken);
        return ExportAttributes.Add(graph, node => measures.TryGetValue(node.Id, out var values) ? values : []);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store error {Code} while exporting {File}.")]
    private static partial void LogStoreError(ILogger logger, string code, string file, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the export {File} failed (response started: {Started}).")]
    private static partial void LogWriteFailed(ILogger logger, string file, bool started, Exception exception);
}
