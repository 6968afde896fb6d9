using Microsoft.AspNetCore.Diagnostics;

namespace KnowledgeGraph.Api.Http.Failures;

/// <summary>
/// What any request that fails outside the GraphQL endpoint's own error handling gets, in every environment: an
/// exception becomes a coded 500 (or a coded 400 for a request ASP.NET could not read, such as <c>?first=x</c> on a
/// minimal API), and an empty error status (unknown route, 401/403 of an endpoint's authorization, 405) gets a coded
/// body. Added first in the pipeline, so it handles the exception before the developer exception page that
/// <c>WebApplication</c> puts in front in Development: no stack trace or .NET type name ever reaches a client.
/// </summary>
public static partial class CodedErrorPages
{
    public const string InternalErrorCode = "INTERNAL_SERVER_ERROR";
    public const string BadRequestCode = "BAD_REQUEST";

    /// <summary>
    /// Minimal APIs throw (rather than answer an empty 400) when a parameter does not bind, in every environment; header
    /// values that are not ASCII reach the app instead of an empty 400 from Kestrel (<see cref="OpaqueRequestHeaders"/>).
    /// </summary>
    public static IServiceCollection AddCodedErrorPages(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true).AddOpaqueRequestHeaders();

    public static IApplicationBuilder UseCodedErrorPages(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CodedErrorPages));
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => WriteExceptionAsync(context, logger),
            // The handler writes the whole answer; nothing is left to the diagnostics listeners.
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseStatusCodePages(context => WriteStatusAsync(context.HttpContext));
        app.Use(DrainRefusedBodyAsync);
        return app;
    }

    // A request refused before its body was read (401 of a bad key, 429, 415…) would otherwise end with the
    // connection closed under a client still sending: it reads a reset instead of the coded answer.
    private static async Task DrainRefusedBodyAsync(HttpContext context, Func<Task> next)
    {
        await next();
        if (context.Response.StatusCode >= StatusCodes.Status400BadRequest && context.Request.ContentLength is null or > 0)
            await JsonBodyReader.DrainAsync(context.Request, GraphQLHttpMiddleware.MaxDrainedBytes, context.RequestAborted);
    }

    private static Task WriteExceptionAsync(HttpContext context, ILogger logger)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is BadHttpRequestException bad)
        {
            LogBadRequest(logger, context.Request.Path, bad.Message);
            var status = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest;
            return CodedErrorBody.WriteAsync(context, status, BadRequestCode,
                "The request could not be read: a parameter, header or body is malformed for this endpoint.");
        }
        LogUnhandled(logger, context.Request.Path, exception);
        return CodedErrorBody.WriteAsync(context, StatusCodes.Status500InternalServerError, InternalErrorCode, "Internal server error.");
    }

    private static Task WriteStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var (code, message) = status switch
        {
            StatusCodes.Status401Unauthorized => ("UNAUTHENTICATED", "This needs an identity: send an API key or a bearer token."),
            StatusCodes.Status403Forbidden => ("FORBIDDEN", "Your identity does not have the role this needs."),
            StatusCodes.Status404NotFound => ("NOT_FOUND", "Nothing is served at this address."),
            StatusCodes.Status405MethodNotAllowed => ("METHOD_NOT_ALLOWED", "This address does not answer this HTTP method."),
            StatusCodes.Status413PayloadTooLarge => ("PAYLOAD_TOO_LARGE", "The request body is too large."),
            StatusCodes.Status415UnsupportedMediaType => ("UNSUPPORTED_MEDIA_TYPE", "The request body's media type is not accepted here."),
            >= 500 => (InternalErrorCode, "Internal server error."),
            _ => (BadRequestCode, "The request was refused."),
        };
        return CodedErrorBody.WriteAsync(context, status, code, message);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while serving {Path}.")]
    private static partial void LogUnhandled(ILogger logger, PathString path, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Malformed request to {Path}: {Reason}")]
    private static partial void LogBadRequest(ILogger logger, PathString path, string reason);
}
