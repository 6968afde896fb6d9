using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Caching.Redis;

/// <summary>
/// The data version shared by every instance: a Redis counter (INCR). When Redis is missing or wiped the counter
/// restarts from the current Unix time in milliseconds, so a version never repeats one used before the wipe.
/// </summary>
public sealed class RedisDataVersion(RedisConnection connection, IOptions<CacheOptions> options) : IDataVersion
{
    // Creates the counter from the clock when it does not exist, then increments it.
    private const string BumpScript =
        "if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SET', KEYS[1], ARGV[1]) end return redis.call('INCR', KEYS[1])";

    private readonly RedisKey key = options.Value.KeyPrefix + "data-version";
    private readonly TimeSpan maxAge = options.Value.DataVersionMaxAge;
    private readonly Lock gate = new();
    private long shared;
    private long readAt;
    private int pendingBumps;
    private long localEpoch;

    public string Current
    {
        get
        {
            lock (gate)
                return localEpoch == 0
                    ? shared.ToString(CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"{shared}+{localEpoch}");
        }
    }

    public async ValueTask<string> GetCurrentAsync(CancellationToken cancellationToken)
    {
        if (maxAge > TimeSpan.Zero && Stopwatch.GetElapsedTime(Interlocked.Read(ref readAt)) < maxAge)
            return Current;
        var database = connection.Database;
        if (database is null)
            return Current;
        try
        {
            await ReplayPendingBumpsAsync(database);
            var value = await database.StringGetAsync(key);
            var version = value.IsNull ? await InitialiseAsync(database) : (long)value;
            Remember(version);
            connection.ReportSuccess();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            connection.ReportFailure(e);
        }
        return Current;
    }

    public async Task BumpAsync(CancellationToken cancellationToken)
    {
        var database = connection.Database;
        if (database is not null)
        {
            try
            {
                Remember(await BumpSharedAsync(database));
                connection.ReportSuccess();
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                connection.ReportFailure(e);
            }
        }
        lock (gate)
        {
            localEpoch++;
            pendingBumps++;
        }
    }

    private async Task ReplayPendingBumpsAsync(IDatabase database)
    {
        if (Volatile.Read(ref pendingBumps) == 0)
            return;
        Remember(await BumpSharedAsync(database));
        lock (gate)
            (pendingBumps, localEpoch) = (0, 0);
    }

    private async Task<long> BumpSharedAsync(IDatabase database)
    {
        var result = await database.ScriptEvaluateAsync(BumpScript, [key], [DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()]);
        return (long)result;
    }

    private async Task<long> InitialiseAsync(IDatabase database)
    {
        await database.StringSetAsync(key, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), when: When.NotExists);
        return (long)await database.StringGetAsync(key);
    }

    private void Remember(long version)
    {
        lock (gate)
            shared = version;
        Interlocked.Exchange(ref readAt, Stopwatch.GetTimestamp());
    }
}
