using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Caching.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Subscriptions.Changes;

/// <summary>
/// The relay of a deployment sharing a Redis (cache mode Redis): each committed change is published on its own
/// channel (<see cref="SubscriptionOptions.RedisChannel"/> after the cache key prefix), and every instance hands the
/// changes of the others to its hub. Off in the other cache modes. A Redis outage only delays nothing and loses the
/// changes made meanwhile for the other instances' subscribers (their own ones still get theirs); StackExchange.Redis
/// subscribes again when the connection returns.
/// </summary>
public sealed partial class RedisGraphChangeRelay(
    RedisConnection connection,
    GraphChangeHub hub,
    IOptions<CacheOptions> cache,
    IOptions<SubscriptionOptions> options,
    ILogger<RedisGraphChangeRelay> logger) : IGraphChangeRelay, IHostedService
{
    private readonly RedisChannel _channel = RedisChannel.Literal(cache.Value.KeyPrefix + options.Value.RedisChannel);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _subscribing;

    public bool IsEnabled => cache.Value.Mode == CacheMode.Redis && options.Value.Enabled;

    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public async Task PublishAsync(GraphChange change, CancellationToken cancellationToken)
    {
        if (!IsEnabled || connection.Multiplexer is not { IsConnected: true } redis)
            return;
        try
        {
            await redis.GetSubscriber().PublishAsync(_channel, GraphChangeJson.Write(change));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogPublishFailed(logger, e.GetType().Name);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsEnabled)
            _subscribing = SubscribeAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_subscribing is not null)
            await _subscribing.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (connection.Multiplexer is { } redis)
        {
            try
            {
                await redis.GetSubscriber().UnsubscribeAsync(_channel);
            }
            catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
            {
                // Stopping anyway.
            }
        }
    }

    /// <summary>Subscribes once the connection exists (it may be down at start); StackExchange.Redis keeps it across reconnects.</summary>
    private async Task SubscribeAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (connection.Multiplexer is { } redis)
            {
                try
                {
                    var queue = await redis.GetSubscriber().SubscribeAsync(_channel);
                    queue.OnMessage(message => Deliver(message.Message));
                    LogSubscribed(logger, _channel.ToString());
                    return;
                }
                catch (Exception e) when (e is RedisException or TimeoutException)
                {
                    LogSubscribeFailed(logger, e.GetType().Name);
                }
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Deliver(RedisValue message)
    {
        if (GraphChangeJson.Read((byte[])message!) is not { } change)
        {
            LogMalformed(logger);
            return;
        }

        if (change.Origin != InstanceId)
            hub.Publish(change);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph changes are shared through Redis channel {Channel}.")]
    private static partial void LogSubscribed(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing to the Redis change channel failed ({Reason}); retrying.")]
    private static partial void LogSubscribeFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change could not be published to the other instances ({Reason}).")]
    private static partial void LogPublishFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message on the Redis change channel is not a graph change; ignored.")]
    private static partial void LogMalformed(ILogger logger);
}
