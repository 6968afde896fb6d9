using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Caching.Redis;

/// <summary>
/// Keeps this instance's <see cref="RedisDataVersion"/> synchronised (Redis mode only): subscribes to the data-version
/// channel and checks the shared version every <see cref="CacheOptions.DataVersionCheckInterval"/>, which renews the
/// lease under which the cache is trusted and resynchronises after a failure (retried every 250 ms while not
/// synchronised). The first check runs before the host takes requests (bounded like every Redis call), so a started
/// instance uses its cache at once.
/// </summary>
public sealed class DataVersionSync(IDataVersion dataVersion, RedisConnection connection, IOptions<CacheOptions> options)
    : BackgroundService
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(250);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await CheckAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (dataVersion is not RedisDataVersion)
            return;
        var interval = options.Value.DataVersionCheckInterval;
        var step = interval < Retry ? interval : Retry;
        var checkedAt = Stopwatch.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(step, stoppingToken);
            if (dataVersion.IsTrusted && Stopwatch.GetElapsedTime(checkedAt) + step / 2 < interval)
                continue;
            checkedAt = Stopwatch.GetTimestamp();
            await CheckAsync(stoppingToken);
        }
    }

    private Task CheckAsync(CancellationToken cancellationToken) =>
        dataVersion is RedisDataVersion shared && connection.Multiplexer is { } multiplexer
            ? shared.CheckAsync(multiplexer.GetSubscriber(), cancellationToken)
            : Task.CompletedTask;
}
