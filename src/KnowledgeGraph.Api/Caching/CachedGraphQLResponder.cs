using System.Diagnostics;
using GraphQL;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Limits.Fairness;
using KnowledgeGraph.Api.Observability;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// The endpoint's execute step with the response cache: a query's answer is looked up by its normalised form, the
/// caller's role and the data version, and only answers without errors are stored; a mutation is never cached and
/// bumps the data version once executed. A query carrying a <c>KG-Bookmark</c> is answered by the store, which waits
/// for the bookmark: a cached answer may predate it. Every request is measured and logged once.
/// </summary>
public sealed class CachedGraphQLResponder(
    IOptions<CacheOptions> options,
    IDataVersion dataVersion,
    HybridCache cache,
    NormalizedOperationCache operations,
    GraphQLRequestTelemetry telemetry,
    OperationLabels labels) : IGraphQLResponseHook
{
    private readonly CacheOptions settings = options.Value;
    private readonly HybridCacheEntryOptions entryOptions = EntryOptions(options.Value);

    public async Task RespondAsync(HttpContext context, GraphQLHttpRequest request, string mediaType, GraphQLExecution execute)
    {
        var started = Stopwatch.GetTimestamp();
        var operation = await operations.NormalizeAsync(request.Query, request.OperationName, context.RequestAborted);
        var outcome = GraphQLRequestTelemetry.Bypass;
        try
        {
            outcome = operation?.Type switch
            {
                OperationType.Query => await RespondToQueryAsync(context, request, operation, mediaType, execute),
                OperationType.Mutation => await RespondToMutationAsync(context, request, mediaType, execute),
                _ => await RespondUncachedAsync(context, request, mediaType, execute),
            };
        }
        finally
        {
            telemetry.Record(context, labels.Of(operation?.Name, operation is not null), outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    private async ValueTask<string> RespondToQueryAsync(
        HttpContext context, GraphQLHttpRequest request, NormalizedOperation operation, string mediaType, GraphQLExecution execute)
    {
        var cancellationToken = context.RequestAborted;
        var run = new QueryRun(this, context, request, execute);
        var bypass = false;
        CachedAnswer answer;
        try
        {
            if (settings.Mode == CacheMode.Off || !dataVersion.IsTrusted || WaitsForBookmarks(context))
            {
                // Off, or (Redis mode) not synchronised with the shared data version, or the client names writes it
                // has seen (perhaps through another instance not yet heard of here): the store answers.
                bypass = true;
                answer = await run.ExecuteAsync(cancellationToken);
            }
            else
            {
                var key = ResponseCacheKey.Build(settings.KeyPrefix, dataVersion.Current, operation,
                    CanonicalJson.Write(request.Variables, operation.Variables), CallerRole.Of(context));
                answer = await cache.GetOrCreateAsync(key, run, static (run, token) => run.ExecuteAsync(token),
                    entryOptions, cancellationToken: cancellationToken);
            }
        }
        catch (UncacheableResultException uncacheable)
        {
            await GraphQLResponseWriter.WriteAsync(context, uncacheable.Result, mediaType);
            return GraphQLRequestTelemetry.Bypass;
        }
        catch (UncacheableAnswerException tooLarge)
        {
            await HttpCaching.WriteAsync(context, tooLarge.Answer, mediaType, settings.HttpMaxAge);
            return GraphQLRequestTelemetry.Bypass;
        }
        await HttpCaching.WriteAsync(context, answer, mediaType, settings.HttpMaxAge);
        return bypass ? GraphQLRequestTelemetry.Bypass
            : run.Executed ? GraphQLRequestTelemetry.Miss : GraphQLRequestTelemetry.Hit;
    }

    private static bool WaitsForBookmarks(HttpContext context) =>
        context.Request.Headers[Bookmarks.BookmarkHeader.Name] is { Count: > 0 } values && values.Any(v => !string.IsNullOrWhiteSpace(v));

    private async ValueTask<string> RespondToMutationAsync(HttpContext context, GraphQLHttpRequest request, string mediaType, GraphQLExecution execute)
    {
        var result = await execute(context, request);
        // Bump even if the client has gone: once executed, the write may have happened.
        if (result.Executed)
            await dataVersion.BumpAsync(CancellationToken.None);
        await GraphQLResponseWriter.WriteAsync(context, result, mediaType);
        return GraphQLRequestTelemetry.Bypass;
    }

    private static async ValueTask<string> RespondUncachedAsync(HttpContext context, GraphQLHttpRequest request, string mediaType, GraphQLExecution execute)
    {
        await GraphQLResponseWriter.WriteAsync(context, await execute(context, request), mediaType);
        return GraphQLRequestTelemetry.Bypass;
    }

    private async ValueTask<CachedAnswer> ExecuteCacheableAsync(HttpContext context, GraphQLHttpRequest request, GraphQLExecution execute, CancellationToken cancellationToken)
    {
        var result = await execute(context, request);
        if (!result.Executed || result.Data is null || result.Errors is { Count: > 0 })
            throw new UncacheableResultException(result);
        var answer = new CachedAnswer(PrewrittenData.TryWriteResponse(result, out var written)
            ? written
            : await SerializeAsync(context, result, cancellationToken));
        // HybridCache keeps an immutable value in L1 without serialising it, so its own size check may not apply.
        if (settings.Mode != CacheMode.Off && answer.Body.Length > settings.MaximumPayloadBytes)
            throw new UncacheableAnswerException(answer);
        return answer;
    }

    private static async Task<byte[]> SerializeAsync(HttpContext context, ExecutionResult result, CancellationToken cancellationToken)
    {
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>One query's execution as the cache factory runs it, telling whether it ran (a miss) or not (a hit).</summary>
    private sealed class QueryRun(CachedGraphQLResponder responder, HttpContext context, GraphQLHttpRequest request, GraphQLExecution execute)
    {
        public bool Executed { get; private set; }

        public async ValueTask<CachedAnswer> ExecuteAsync(CancellationToken cancellationToken)
        {
            Executed = true;
            HeavyWorkClient.Set(context); // the cache runs this in a flow of its own, where the request's client is unknown
            return await responder.ExecuteCacheableAsync(context, request, execute, cancellationToken);
        }
    }

    private static HybridCacheEntryOptions EntryOptions(CacheOptions settings)
    {
        var local = settings.L1Ttl > TimeSpan.Zero;
        var flags = local ? HybridCacheEntryFlags.None : HybridCacheEntryFlags.DisableLocalCache;
        if (settings.Mode != CacheMode.Redis)
            flags |= HybridCacheEntryFlags.DisableDistributedCache;
        return new HybridCacheEntryOptions
        {
            Expiration = settings.Mode == CacheMode.Redis ? settings.L2Ttl : settings.L1Ttl,
            LocalCacheExpiration = local ? settings.L1Ttl : null,
            Flags = flags,
        };
    }
}
