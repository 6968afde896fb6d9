using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Caching.Redis;

/// <summary>Opens the Redis connection when the host starts (Redis mode only) and closes it when the host stops.</summary>
public sealed class RedisConnectionService(RedisConnection connection, IOptions<CacheOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.Mode == CacheMode.Redis ? connection.ConnectAsync(cancellationToken) : Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await connection.DisposeAsync();
}
