using System.Collections.Concurrent;
using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.Pool;
using KnowledgeGraph.Bolt.Internal.Protocol;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Bolt.Internal.Routing;

/// <summary>
/// A routing driver's connections (neo4j://): one pool per cluster member, one routing table per database fetched
/// with ROUTE (from the known routers, then the URI's address) and refreshed when its TTL has passed or it lacks a
/// member of the needed role. Reads go to readers, writes to writers, the least-connected first. A member that cannot
/// be reached is forgotten in every table; one that refuses writes (NotALeader, ForbiddenOnReadOnlyDatabase) is
/// forgotten as a writer, so the retry of a managed transaction finds the new leader.
/// </summary>
internal sealed partial class RoutingConnectionProvider : IConnectionProvider
{
    private const string HomeKey = "\u0000home";
    private static readonly TimeSpan SingleServerTtl = TimeSpan.FromMinutes(5);
    private readonly BoltUri _seed;
    private readonly BoltDriverOptions _options;
    private readonly ILogger _logger;
    private readonly Dictionary<string, object?> _routingContext;
    private readonly ConcurrentDictionary<string, ConnectionPool> _pools = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _refreshLocks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _homeDatabases = new(StringComparer.Ordinal);
    private readonly LeastConnectedBalancer _balancer = new();
    private volatile bool _disposed;

    public RoutingConnectionProvider(BoltUri seed, BoltDriverOptions options, ILogger logger)
    {
        _seed = seed;
        _options = options;
        _logger = logger;
        _routingContext = seed.RoutingMap();
    }

    /// <summary>The current table of a database (null: the default/home database), for tests and diagnostics.</summary>
    public RoutingTable? TableOf(string? database) => _tables.GetValueOrDefault(database ?? HomeKey);

    public async Task<Lease> AcquireAsync(ConnectionRequest request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var database = request.Database ?? _homeDatabases.GetValueOrDefault(UserKey(request.ImpersonatedUser));
        var table = await GetTableAsync(database, request, forceRefresh: false, cancellationToken).ConfigureAwait(false);
        var refreshed = false;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var candidates = table.For(request.Mode);
            if (candidates.Count == 0)
            {
                if (refreshed) throw NoMember(request.Mode, table);
                table = await GetTableAsync(table.Database ?? database, request, forceRefresh: true, cancellationToken).ConfigureAwait(false);
                refreshed = true;
                continue;
            }
            var address = _balancer.Select(candidates, a => _pools.TryGetValue(a, out var p) ? p.InUseCount : 0);
            try
            {
                var connection = await Pool(address).AcquireAsync(cancellationToken).ConfigureAwait(false);
                return new Lease(connection, table.Database ?? request.Database);
            }
            catch (ServiceUnavailableException e)
            {
                LogMemberUnavailable(_logger, address, e.Message);
                Forget(address);
                table = _tables.GetValueOrDefault(Key(table.Database)) ?? table.Forget(address);
            }
        }
        throw NoMember(request.Mode, table);
    }

    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        if (connection.LastFailureCode is { } code && ServerErrors.NotAWriterCodes.Contains(code))
        {
            LogForgetWriter(_logger, connection.Address, code);
            Update(t => t.ForgetWriter(connection.Address));
        }
        connection.LastFailureCode = null;
        if (connection.LostServer) Forget(connection.Address);
        if (_pools.TryGetValue(connection.Address, out var pool)) await pool.ReleaseAsync(connection).ConfigureAwait(false);
        else await connection.DisposeAsync().ConfigureAwait(false);
    }

    public void RememberHomeDatabase(string? impersonatedUser, string database) => _homeDatabases[UserKey(impersonatedUser)] = database;

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        foreach (var pool in _pools.Values) await pool.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<RoutingTable> GetTableAsync(string? database, ConnectionRequest request, bool forceRefresh, CancellationToken cancellationToken)
    {
        var key = Key(database);
        if (!forceRefresh && _tables.TryGetValue(key, out var current) && current.IsFreshFor(request.Mode, Environment.TickCount64)) return current;
        var gate = _refreshLocks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        var seenBefore = _tables.GetValueOrDefault(key);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tables.TryGetValue(key, out current) && current.IsFreshFor(request.Mode, Environment.TickCount64)
                && (!forceRefresh || !ReferenceEquals(current, seenBefore)))
                return current;
            var table = await FetchAsync(database, current, request, cancellationToken).ConfigureAwait(false);
            _tables[Key(table.Database ?? database)] = table;
            if (database is null)
            {
                _tables[HomeKey] = table;
                if (table.Database is not null) RememberHomeDatabase(request.ImpersonatedUser, table.Database);
            }
            LogTable(_logger, table.ToString());
            return table;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Asks the known routers in turn, then the URI's address, for a new table; forgets routers that cannot be reached.</summary>
    private async Task<RoutingTable> FetchAsync(string? database, RoutingTable? current, ConnectionRequest request, CancellationToken cancellationToken)
    {
        var routers = (current?.Routers ?? []).ToList();
        var seed = _seed.ToString();
        if (!routers.Contains(seed)) routers.Add(seed);
        var failures = new List<string>();
        foreach (var router in routers)
        {
            BoltConnection connection;
            try
            {
                connection = await Pool(router).AcquireAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceUnavailableException e)
            {
                failures.Add($"{router}: {e.Message}");
                Forget(router);
                continue;
            }
            try
            {
                if (!connection.Protocol.SupportsRoute)
                {
                    // Bolt 1 and 3 have no ROUTE: the server is taken as the one member of its own cluster.
                    LogNoRouteMessage(_logger, router, connection.Protocol.Version.ToString());
                    return new RoutingTable(database, [router], [router], [router], Environment.TickCount64 + (long)SingleServerTtl.TotalMilliseconds);
                }
                var rt = await connection.Protocol.RouteAsync(connection, _routingContext, request.Bookmarks, database, request.ImpersonatedUser, cancellationToken)
                    .ConfigureAwait(false);
                var table = RoutingTable.Parse(rt, database, Environment.TickCount64);
                if (table.Routers.Count > 0 && table.Readers.Count > 0) return table;
                failures.Add($"{router}: returned a table without routers or readers");
            }
            catch (ServiceUnavailableException e)
            {
                failures.Add($"{router}: {e.Message}");
                Forget(router);
            }
            finally
            {
                await ReleaseAsync(connection).ConfigureAwait(false);
            }
        }
        throw new ServiceUnavailableException(
            $"Bolt: could not get a routing table for database '{database ?? "<home>"}' from any router: {string.Join("; ", failures)}");
    }

    private ConnectionPool Pool(string address) =>
        _pools.GetOrAdd(address, a =>
        {
            var connector = new BoltConnector(_seed.ForAddress(a), _options, _logger, _routingContext);
            return new ConnectionPool(connector.ConnectAsync, _options, _logger);
        });

    private void Forget(string address)
    {
        Update(t => t.Forget(address));
        if (_pools.TryGetValue(address, out var pool)) pool.PurgeIdle();
    }

    private void Update(Func<RoutingTable, RoutingTable> change)
    {
        foreach (var (key, table) in _tables) _tables.TryUpdate(key, change(table), table);
    }

    private static ServiceUnavailableException NoMember(AccessMode mode, RoutingTable table) =>
        new($"Bolt: no {(mode == AccessMode.Read ? "reader" : "writer")} available for database '{table.Database ?? "<home>"}' ({table}).");

    private static string Key(string? database) => database ?? HomeKey;

    private static string UserKey(string? impersonatedUser) => impersonatedUser ?? "";

    [LoggerMessage(Level = LogLevel.Debug, Message = "Routing table updated: {Table}")]
    private static partial void LogTable(ILogger logger, string table);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster member {Address} is unavailable and is forgotten: {Reason}")]
    private static partial void LogMemberUnavailable(ILogger logger, string address, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster member {Address} refused a write ({Code}); it is no writer any more")]
    private static partial void LogForgetWriter(ILogger logger, string address, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Address} speaks Bolt {Version}, which has no ROUTE: it is used as a single-member cluster")]
    private static partial void LogNoRouteMessage(ILogger logger, string address, string version);
}
