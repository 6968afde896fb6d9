using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: check the method, negotiate the response type, read the request, execute it,
/// write the result. Each step is a small virtual method. The serializer and the optional response hook are singletons,
/// taken from the application's services once, at the first request (as a scoped resolution would, so that their
/// settings are still validated when the host starts, not when the endpoint is mapped).
/// </summary>
public partial class GraphQLHttpMiddleware(
    RequestDelegate next, GraphQLHttpOptions options, ILogger<GraphQLHttpMiddleware> logger, IServiceProvider services)
{
    private readonly ParsedRequestCache _parsedRequests = new(options.ParsedRequestCacheBytes);
    private readonly Lazy<IGraphQLTextSerializer> _serializer = new(services.GetRequiredService<IGraphQLTextSerializer>);
    private readonly Lazy<IGraphQLResponseHook?> _hook = new(services.GetService<IGraphQLResponseHook>);
    private readonly Lazy<IPersistedDocumentResolver?> _documents = new(services.GetService<IPersistedDocumentResolver>);
    private GraphQLExecution? _execute;

    /// <summary>How much of a too large body is still read (and dropped) so that its sender gets the 413 instead of a reset.</summary>
    public const long MaxDrainedBytes = 4 * 1024 * 1024;

    protected GraphQLHttpOptions Options { get; } = options;

    protected ILogger Logger { get; } = logger;

    public async Task InvokeAsync(HttpContext context)
    {
        _ = next; // terminal: the endpoint answers every request routed to it
        var request = context.Request;
        if (Options.ServeIdeToBrowsers && HttpMethods.IsGet(request.Method) && AcceptNegotiator.PrefersHtml(request.Headers.Accept))
        {
            await IdePage.WriteAsync(context, Options.IdeIndexFile);
            return;
        }
        var mediaType = GraphQLMediaTypes.GraphQLResponse;
        try
        {
            CheckMethod(request);
            mediaType = NegotiateResponseType(request);
            var graphQLRequest = await ResolveDocumentAsync(context, await ReadRequestAsync(context, _serializer.Value));
            await RespondAsync(context, graphQLRequest, mediaType);
        }
        catch (GraphQLHttpError error)
        {
            if (error is PayloadTooLargeError)
                await JsonBodyReader.DrainAsync(request, MaxDrainedBytes, context.RequestAborted);
            await GraphQLResponseWriter.WriteAsync(context, error, mediaType);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            LogClientAborted(Logger);
        }
    }

    protected virtual void CheckMethod(HttpRequest request)
    {
        var allowed = HttpMethods.IsPost(request.Method) || (Options.AllowGet && HttpMethods.IsGet(request.Method));
        if (!allowed)
            throw new MethodNotAllowedError(request.Method, Options.AllowGet ? $"{HttpMethods.Get}, {HttpMethods.Post}" : HttpMethods.Post);
    }

    protected virtual string NegotiateResponseType(HttpRequest request) =>
        AcceptNegotiator.SelectResponseType(request.Headers.Accept) ?? throw new NotAcceptableError();

    protected virtual async ValueTask<GraphQLHttpRequest> ReadRequestAsync(HttpContext context, IGraphQLTextSerializer serializer)
    {
        if (HttpMethods.IsGet(context.Request.Method))
            return GraphQLRequestReader.FromQueryString(context.Request.Query, serializer);
        using var body = await JsonBodyReader.ReadAsync(context.Request, Options.MaxRequestBodyBytes, context.RequestAborted);
        if (_parsedRequests.TryGet(body.Bytes, out var known))
            return known;
        GraphQLHttpRequest request;
        using (var document = body.Parse())
            request = GraphQLRequestReader.FromJsonBody(document.RootElement, serializer, Options.LargeDocumentCheck);
        _parsedRequests.Add(body.Bytes, request);
        return request;
    }

    /// <summary>Gives a request that names a persisted document its query (see <see cref="IPersistedDocumentResolver"/>).</summary>
    protected virtual ValueTask<GraphQLHttpRequest> ResolveDocumentAsync(HttpContext context, GraphQLHttpRequest request)
    {
        if (_documents.Value is { } documents)
            return documents.ResolveAsync(context, request);
        return request.QueryOmitted
            ? throw new InvalidRequestError("The 'query' parameter is required: this endpoint has no persisted documents.")
            : ValueTask.FromResult(request);
    }

    /// <summary>Executes the request and writes the result, or lets a registered <see cref="IGraphQLResponseHook"/> do it.</summary>
    protected virtual async Task RespondAsync(HttpContext context, GraphQLHttpRequest request, string mediaType)
    {
        if (_hook.Value is { } hook)
        {
            await hook.RespondAsync(context, request, mediaType, _execute ??= ExecuteAsync);
            return;
        }
        var result = await ExecuteAsync(context, request);
        await GraphQLResponseWriter.WriteAsync(context, result, mediaType);
    }

    protected virtual Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request)
    {
        if (request.EarlyRefusal is { } refusal)
            return Task.FromResult(new ExecutionResult { Errors = [refusal] });
        var services = context.RequestServices;
        var executionOptions = new ExecutionOptions
        {
            Schema = services.GetRequiredService<ISchema>(),
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = context.User,
            CancellationToken = context.RequestAborted,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = unhandled =>
            {
                unhandled.Exception = UnhandledErrors.ToClientError(unhandled, Logger);
                return Task.CompletedTask;
            },
        };
        if (HttpMethods.IsGet(context.Request.Method))
            executionOptions.ValidationRules = DocumentValidator.CoreRules.Append(QueriesOnlyValidationRule.Instance);
        return Bookmarks.BookmarkHeader.ExecuteAsync(context, services.GetRequiredService<IDocumentExecuter>(), executionOptions);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The client closed the connection before the GraphQL response was written.")]
    private static partial void LogClientAborted(ILogger logger);
}
