using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Caching.Redis;

/// <summary>
/// The one Redis connection of the instance. It never stops the service: connecting does not abort when Redis is
/// down (it keeps retrying in the background), commands fail fast instead of queueing while disconnected, and the
/// fault is logged once per outage (and once when Redis is back), not per request. Every command is bounded by
/// <see cref="CacheOptions.RedisTimeout"/>; every failure, wherever it is seen, is announced by <see cref="Failed"/>.
/// </summary>
public sealed partial class RedisConnection(IOptions<CacheOptions> options, ILogger<RedisConnection> logger) : IAsyncDisposable
{
    private ConnectionMultiplexer? multiplexer;
    private int unavailable;

    /// <summary>Raised on every failure seen (a command that failed or timed out, a lost connection), with its reason.</summary>
    public event Action<string>? Failed;

    /// <summary>The bound of one Redis call.</summary>
    public TimeSpan Timeout => options.Value.RedisTimeout;

    /// <summary>Why Redis is not in use (for readiness), or null while it works.</summary>
    public string? Fault { get; private set; }

    /// <summary>True while connected; commands are then attempted even during a reported outage, to notice its end.</summary>
    public bool IsAvailable => multiplexer?.IsConnected == true;

    /// <summary>Connected, and no fault since the last success.</summary>
    public bool IsHealthy => IsAvailable && Volatile.Read(ref unavailable) == 0;

    /// <summary>The database to send commands to, or null while Redis cannot be reached (callers skip Redis).</summary>
    public IDatabase? Database => IsAvailable ? multiplexer!.GetDatabase() : null;

    public IConnectionMultiplexer? Multiplexer => multiplexer;

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var configuration = ConfigurationOptions.Parse(settings.Redis!);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry(500);
        var bound = (int)Math.Max(1, settings.RedisTimeout.TotalMilliseconds);
        configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, Math.Max(bound, 2000));
        configuration.SyncTimeout = Math.Min(configuration.SyncTimeout, bound);
        configuration.AsyncTimeout = Math.Min(configuration.AsyncTimeout, bound);
        // A frozen Redis keeps its sockets open: the heartbeat notices it even when nothing else is sent.
        configuration.KeepAlive = Math.Min(configuration.KeepAlive is > 0 ? configuration.KeepAlive : 60, 5);
        configuration.ClientName ??= "knowledge-graph";
        var connected = await ConnectionMultiplexer.ConnectAsync(configuration).WaitAsync(cancellationToken);
        connected.ConnectionFailed += (_, e) => ReportFailure($"{e.FailureType} on {e.EndPoint} ({e.ConnectionType})");
        connected.ConnectionRestored += (_, _) => ReportSuccess();
        multiplexer = connected;
        if (connected.IsConnected)
            LogConnected(logger, Describe(configuration));
        else
            ReportFailure($"cannot connect to {Describe(configuration)}");
    }

    public void ReportFailure(Exception exception) => ReportFailure(exception switch
    {
        OperationCanceledException or TimeoutException => $"no answer within {Timeout.TotalMilliseconds} ms",
        _ => exception.GetType().Name + ": " + exception.Message,
    });

    /// <summary>Runs one Redis call within <see cref="Timeout"/> (a <see cref="TimeoutException"/> past it).</summary>
    public Task<T> BoundAsync<T>(Task<T> call) => call.WaitAsync(Timeout);

    /// <inheritdoc cref="BoundAsync{T}(Task{T})"/>
    public Task BoundAsync(Task call) => call.WaitAsync(Timeout);

    public void ReportFailure(string reason)
    {
        Failed?.Invoke(reason);
        if (Interlocked.Exchange(ref unavailable, 1) != 0)
            return;
        Fault = $"Redis unavailable since {DateTimeOffset.UtcNow:O}: {reason}";
        LogUnavailable(logger, reason);
    }

    /// <summary>Called after a command succeeded or the connection came back: ends an outage if there was one.</summary>
    public void ReportSuccess()
    {
        if (Volatile.Read(ref unavailable) == 0 || multiplexer?.IsConnected != true)
            return;
        if (Interlocked.Exchange(ref unavailable, 0) == 1)
        {
            Fault = null;
            LogRestored(logger);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref multiplexer, null) is { } open)
        {
            await open.CloseAsync();
            await open.DisposeAsync();
        }
    }

    private static string Describe(ConfigurationOptions configuration) =>
        string.Join(",", configuration.EndPoints.Select(endpoint => endpoint.ToString()));

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Redis {Endpoints}.")]
    private static partial void LogConnected(ILogger logger, string endpoints);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Redis is unavailable ({Reason}); answering from the store and the in-process cache until it returns.")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is available again; the shared cache is in use.")]
    private static partial void LogRestored(ILogger logger);
}
