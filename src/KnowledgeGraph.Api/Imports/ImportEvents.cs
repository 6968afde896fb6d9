using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace KnowledgeGraph.Api.Imports;

/// <summary>
/// The progress of an import as the response, when the client asks for it: <c>Accept: application/x-ndjson</c> gives
/// one JSON object per line (<c>{"event":"validated",…}</c>), <c>Accept: text/event-stream</c> gives Server-Sent Events
/// (<c>event: validated</c> / <c>data: {…}</c>). Events are queued by the work and written by one pump, so the seed
/// loader never waits on the network; each is flushed at once (nothing compresses or buffers these types).
/// </summary>
internal sealed class ImportEvents : IAsyncDisposable
{
    public const string NdjsonType = "application/x-ndjson";
    public const string EventStreamType = "text/event-stream";

    private readonly Channel<(string Name, object Data)> _queue = Channel.CreateUnbounded<(string, object)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HttpResponse _response;
    private readonly bool _sse;
    private readonly Task _pump;

    private ImportEvents(HttpResponse response, bool sse, CancellationToken cancellationToken)
    {
        (_response, _sse) = (response, sse);
        _pump = PumpAsync(cancellationToken);
    }

    /// <summary>Starts the streamed answer (200) when the request asks for one; null for a plain JSON answer at the end.</summary>
    public static async Task<ImportEvents?> StartAsync(HttpContext context)
    {
        var accept = context.Request.Headers.Accept.ToString();
        var sse = accept.Contains(EventStreamType, StringComparison.OrdinalIgnoreCase);
        if (!sse && !accept.Contains(NdjsonType, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = (sse ? EventStreamType : NdjsonType) + "; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        // Proxies such as nginx would otherwise hold the lines back.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(context.RequestAborted);
        return new ImportEvents(response, sse, context.RequestAborted);
    }

    public void Publish(string name, object data) => _queue.Writer.TryWrite((name, data));

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        await foreach (var (name, data) in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                continue; // the client is gone: drain the queue, write nothing
            }

            var json = JsonSerializer.Serialize(data, ImportJson.Options);
            var text = _sse
                ? $"event: {name}\ndata: {json}\n\n"
                : json.Insert(1, $"\"event\":\"{name}\"" + (json.Length > 2 ? "," : "")) + "\n";
            try
            {
                await _response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
                await _response.Body.FlushAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // The client left; the import itself goes on to its end (a commit is never half done).
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _pump;
    }
}
