using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Caching.Redis;

/// <summary>
/// The data version shared by every instance: a Redis counter, pushed to every instance over pub/sub, so that a
/// cacheable request costs no Redis round trip. A bump is one script (INCR and PUBLISH); each instance keeps the
/// highest version it has seen (its own bumps, the channel, a periodic check by <see cref="DataVersionSync"/>).
/// <para>
/// The instance trusts its cache only while synchronised: its subscription is up and its last check, sent less than
/// <see cref="CacheOptions.DataVersionLease"/> ago, succeeded. Any Redis failure (a timeout, a lost connection of
/// either kind, an error) ends the trust at once and moves the version to a local one; the next check that succeeds
/// subscribes again and bumps the shared version (so no instance keeps answers cached before the failure), and only
/// then is the cache trusted again. A write acknowledged while Redis cannot be reached waits until every other
/// instance has stopped trusting its cache (the lease, counted from the first failure this instance saw).
/// </para>
/// When Redis is missing or wiped the counter restarts from the current Unix time in milliseconds, so a version
/// never repeats one used before the wipe.
/// </summary>
public sealed partial class RedisDataVersion : IDataVersion
{
    // Creates the counter from the clock when it does not exist, increments it and tells every instance.
    private const string BumpScript =
        "if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SET', KEYS[1], ARGV[1]) end " +
        "local v = redis.call('INCR', KEYS[1]) redis.call('PUBLISH', ARGV[2], v) return v";

    private readonly RedisConnection connection;
    private readonly ILogger<RedisDataVersion> logger;
    private readonly RedisKey key;
    private readonly RedisChannel channel;
    private readonly long leaseTicks;
    private readonly Lock gate = new();
    private long shared;
    private long localEpoch;
    private string current = "0";
    // Stopwatch timestamp until which cached answers may be served; 0 while not synchronised.
    private long trustedUntil;
    // Cleared by a failure: the next check subscribes (again) before anything else.
    private bool subscribed;
    // Set by a failure: the next successful check bumps the shared version before trusting.
    private bool mustResynchronise;
    // Stopwatch timestamp of the first failure of the current outage (0 when none).
    private long failedAt;

    public RedisDataVersion(RedisConnection connection, IOptions<CacheOptions> options, ILogger<RedisDataVersion> logger)
    {
        this.connection = connection;
        this.logger = logger;
        key = options.Value.KeyPrefix + "data-version";
        channel = RedisChannel.Literal(options.Value.KeyPrefix + "data-version");
        leaseTicks = (long)(options.Value.DataVersionLease.TotalSeconds * Stopwatch.Frequency);
        connection.Failed += Distrust;
    }

    /// <summary>The pub/sub channel on which every bump publishes the new version.</summary>
    public RedisChannel Channel => channel;

    public string Current => Volatile.Read(ref current);

    public bool IsTrusted => Stopwatch.GetTimestamp() < Volatile.Read(ref trustedUntil);

    public event Action<string>? Changed;

    public async Task BumpAsync(CancellationToken cancellationToken)
    {
        var database = connection.Database;
        if (database is not null && IsTrusted)
        {
            try
            {
                Observe(await BumpSharedAsync(database));
                connection.ReportSuccess();
                return;
            }
            catch (Exception e)
            {
                connection.ReportFailure(e);
            }
        }
        else
        {
            // The shared bump happens when this instance synchronises again.
            Distrust(database is null ? "not connected" : "a write while the data version is not synchronised");
        }
        MoveToLocalVersion();
        await WaitUntilOthersDistrustAsync();
    }

    /// <summary>One check (run by <see cref="DataVersionSync"/>): resynchronises after a failure, else re-reads the version.</summary>
    internal async Task CheckAsync(ISubscriber subscriber, CancellationToken cancellationToken)
    {
        var sent = Stopwatch.GetTimestamp();
        var database = connection.Database;
        if (database is null)
        {
            Distrust("not connected");
            return;
        }
        try
        {
            bool subscribe, resynchronise;
            lock (gate)
                (subscribe, resynchronise) = (!subscribed, mustResynchronise);
            if (subscribe)
            {
                // Subscribed before the version is read: any bump after that read reaches this instance.
                await connection.BoundAsync(subscriber.UnsubscribeAsync(channel));
                await connection.BoundAsync(subscriber.SubscribeAsync(channel, (_, message) => OnMessage(message)));
                lock (gate)
                    subscribed = true;
            }
            if (resynchronise)
            {
                var version = await BumpSharedAsync(database);
                Resynchronised(version, sent);
                LogResynchronised(logger, version);
            }
            else
            {
                var value = await connection.BoundAsync(database.StringGetAsync(key));
                Confirm(value.IsNull ? await BumpSharedAsync(database) : (long)value, sent);
            }
            connection.ReportSuccess();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            connection.ReportFailure(e);
        }
    }

    private void OnMessage(RedisValue message)
    {
        if (message.TryParse(out long version))
            Observe(version);
    }

    private async Task<long> BumpSharedAsync(IDatabase database)
    {
        var result = await connection.BoundAsync(database.ScriptEvaluateAsync(BumpScript, [key],
            [DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), channel.ToString()]));
        return (long)result;
    }

    /// <summary>A version seen on the channel or made by this instance's bump: kept if it is the highest yet.</summary>
    private void Observe(long version)
    {
        string? changed = null;
        lock (gate)
        {
            if (version > shared && localEpoch == 0)
            {
                shared = version;
                changed = Publish();
            }
        }
        Announce(changed);
    }

    /// <summary>
    /// A successful check: the version is kept if highest (a bump seen on the channel may be newer than the read) and
    /// the lease renewed, unless a failure came since.
    /// </summary>
    private void Confirm(long version, long sent)
    {
        string? changed = null;
        lock (gate)
        {
            if (version > shared && localEpoch == 0)
            {
                shared = version;
                changed = Publish();
            }
            if (!mustResynchronise && subscribed)
                Volatile.Write(ref trustedUntil, sent + leaseTicks);
        }
        Announce(changed);
    }

    private void Resynchronised(long version, long sent)
    {
        string changed;
        lock (gate)
        {
            (shared, localEpoch, mustResynchronise, failedAt) = (version, 0, false, 0);
            changed = Publish();
            if (subscribed)
                Volatile.Write(ref trustedUntil, sent + leaseTicks);
        }
        Announce(changed);
    }

    private void Distrust(string reason)
    {
        string? changed = null;
        lock (gate)
        {
            Volatile.Write(ref trustedUntil, 0);
            subscribed = false;
            if (failedAt == 0)
                failedAt = Stopwatch.GetTimestamp();
            if (!mustResynchronise)
            {
                // Answers cached before the failure are never served again by this instance.
                mustResynchronise = true;
                localEpoch++;
                changed = Publish();
                LogDistrusted(logger, reason);
            }
        }
        Announce(changed);
    }

    private void MoveToLocalVersion()
    {
        string changed;
        lock (gate)
        {
            localEpoch++;
            changed = Publish();
        }
        Announce(changed);
    }

    /// <summary>
    /// Another instance may still trust its cache for the rest of the lease of its last check, sent before Redis
    /// failed, so before this instance saw the failure: acknowledging the write after that leaves none serving an
    /// answer from before it.
    /// </summary>
    private Task WaitUntilOthersDistrustAsync()
    {
        long since;
        lock (gate)
            since = failedAt;
        var left = TimeSpan.FromSeconds((double)leaseTicks / Stopwatch.Frequency) - Stopwatch.GetElapsedTime(since);
        return since != 0 && left > TimeSpan.Zero ? Task.Delay(left) : Task.CompletedTask;
    }

    // Under the gate.
    private string Publish()
    {
        var text = localEpoch == 0
            ? shared.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{shared}+{localEpoch}");
        Volatile.Write(ref current, text);
        return text;
    }

    private void Announce(string? changed)
    {
        if (changed is not null)
            Changed?.Invoke(changed);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The data version is not synchronised ({Reason}): answering from the store, without the cache, until it is.")]
    private static partial void LogDistrusted(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "The data version is synchronised again (bumped to {Version}); the cache is in use.")]
    private static partial void LogResynchronised(ILogger logger, long version);
}
