using System.Diagnostics;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Limits;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Imports;

/// <summary>
/// <c>POST /import</c> (admin role): a graph-seed folder as a <c>.zip</c> body (<c>Content-Type: application/zip</c>),
/// of any size up to <see cref="ImportOptions.MaxBytes"/>, written as one atomic change set like <c>importGraph</c>
/// (which is bound by the GraphQL body limit). The body is streamed to a temporary folder, unpacked with its entries
/// checked (<see cref="ImportArchive"/>), validated as a whole with <c>file:line</c> problems and committed, or refused
/// with nothing written. The door is that of <c>/graphql</c>'s writes (API key or bearer token with the admin role, a
/// subject; the client's rate limit; CORS), plus one import at a time per instance (429 <c>IMPORT_BUSY</c>).
/// Answers: 200 <c>{"data":{…counts, dataVersion}}</c>, or a coded error (<see cref="ImportErrorCodes"/>); with
/// <c>Accept: application/x-ndjson</c> or <c>text/event-stream</c>, progress events once the archive is unpacked, the
/// last one <c>committed</c> (the result) or <c>refused</c> (the errors) (<see cref="ImportEvents"/>).
/// </summary>
public static partial class ImportEndpoints
{
    public const string Path = "/import";
    public const int BusyRetryAfterSeconds = 5;

    /// <summary>Registers the import settings and the one-import-at-a-time slot.</summary>
    public static IServiceCollection AddKnowledgeGraphImports(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName);
        services.TryAddSingleton<ImportGate>();
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeGraphImports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, ImportAsync).RequireClientRateLimit().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task ImportAsync(
        HttpContext context, GraphSchema schema, GraphStoreHolder holder, ImportGate gate, IOptions<ImportOptions> options,
        ILogger<ImportGate> logger)
    {
        var cancellationToken = context.RequestAborted;
        var settings = options.Value;
        ImportEvents? events = null;
        DirectoryInfo? folder = null;
        var entered = false;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            Admit(context.User);
            _ = holder.Writer ?? throw ImportRunner.ReadOnly();
            ImportUpload.CheckHeaders(context.Request, settings.MaxBytes);
            if (!(entered = gate.TryEnter()))
            {
                context.Response.Headers.RetryAfter = BusyRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                throw new ImportRefusedException(StatusCodes.Status429TooManyRequests, ImportErrorCodes.Busy,
                    $"Another import is running on this instance; retry in {BusyRetryAfterSeconds} s.");
            }

            folder = Directory.CreateTempSubdirectory("kg-import-");
            var zip = System.IO.Path.Combine(folder.FullName, "upload.zip");
            var bytes = await ImportUpload.SpoolAsync(context.Request, zip, settings.MaxBytes, cancellationToken);
            if (bytes == 0)
            {
                throw new ImportRefusedException(StatusCodes.Status400BadRequest, ImportErrorCodes.Empty,
                    "The body is empty: send the seed folder as a .zip archive.");
            }

            var seed = await new ImportArchive(schema, settings).ExtractAsync(zip, Directory.CreateDirectory(System.IO.Path.Combine(folder.FullName, "files")).FullName, cancellationToken);
            File.Delete(zip);
            events = await ImportEvents.StartAsync(context);
            var runner = new ImportRunner(schema, holder, context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System);
            var result = await runner.RunAsync(seed, bytes, context.User, events, cancellationToken);
            LogImported(logger, WriterIdentity.Of(context.User), result.NodesCreatedCount, result.RelationshipsCreatedCount, bytes, result.DataVersion, stopwatch.ElapsedMilliseconds);
            if (events is not null)
            {
                events.Publish("committed", result);
            }
            else
            {
                context.Response.Headers.CacheControl = "no-store";
                await Results.Json(new { data = result }, ImportJson.Options).ExecuteAsync(context);
            }
        }
        catch (ImportRefusedException refused)
        {
            LogRefused(logger, WriterIdentity.Of(context.User), refused.StatusCode, refused.Problems.Count > 0 ? refused.Problems[0].Code : "", refused.Problems.Count);
            if (events is not null)
            {
                events.Publish("refused", ImportErrorBody.Of(refused));
            }
            else if (!context.Response.HasStarted)
            {
                await ImportErrorBody.WriteAsync(context, refused);
            }
        }
        catch (StoreException failed) when (failed is not Core.Writes.WriteValidationException)
        {
            LogStoreError(logger, failed.Code, failed);
            var refused = new ImportRefusedException(StatusCodes.Status503ServiceUnavailable, failed.Code,
                "The store could not take the import; nothing was written. Try again later.");
            if (events is not null)
            {
                events.Publish("refused", ImportErrorBody.Of(refused));
            }
            else if (!context.Response.HasStarted)
            {
                await ImportErrorBody.WriteAsync(context, refused);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client left: the change set was applied whole or not at all; there is nobody to answer.
            LogAbandoned(logger, WriterIdentity.Of(context.User));
        }
        finally
        {
            if (events is not null)
            {
                await events.DisposeAsync();
            }

            if (entered)
            {
                gate.Leave();
            }

            try
            {
                folder?.Delete(recursive: true);
            }
            catch (IOException e)
            {
                LogCleanupFailed(logger, folder!.FullName, e);
            }
        }
    }

    private static void Admit(System.Security.Claims.ClaimsPrincipal user)
    {
        if (!RoleCheck.IsAuthenticated(user))
        {
            throw new ImportRefusedException(StatusCodes.Status401Unauthorized, RoleCheck.UnauthenticatedCode,
                "Importing needs an identity: send an API key (X-Api-Key) or a bearer token with the admin role.");
        }

        if (!RoleCheck.HasRole(user, KnowledgeGraphRoles.Admin))
        {
            throw new ImportRefusedException(StatusCodes.Status403Forbidden, RoleCheck.ForbiddenCode, RoleCheck.ForbiddenMessage(KnowledgeGraphRoles.Admin));
        }

        if (!WriterIdentity.HasSubject(user))
        {
            throw new ImportRefusedException(StatusCodes.Status403Forbidden, RoleCheck.SubjectRequiredCode, RoleCheck.SubjectRequiredMessage);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import by {Who}: {Nodes} nodes and {Relationships} relationships from {Bytes} bytes, data version {Version}, in {Milliseconds} ms.")]
    private static partial void LogImported(ILogger logger, string who, int nodes, int relationships, long bytes, long version, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import by {Who} refused ({Status} {Code}, {Count} problem(s)); nothing written.")]
    private static partial void LogRefused(ILogger logger, string who, int status, string code, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store error {Code} during an import; nothing written.")]
    private static partial void LogStoreError(ILogger logger, string code, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import by {Who} abandoned: the client left before the answer.")]
    private static partial void LogAbandoned(ILogger logger, string who);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The import folder {Folder} could not be removed.")]
    private static partial void LogCleanupFailed(ILogger logger, string folder, Exception exception);
}
