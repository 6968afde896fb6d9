using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.Pool;
using KnowledgeGraph.Bolt.Internal.Retry;
using KnowledgeGraph.Bolt.Internal.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace KnowledgeGraph.Bolt;

/// <summary>
/// The entry point: owns the connection pool to one server (<c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c>), or
/// the pools and routing tables of a cluster (<c>neo4j://</c>, <c>neo4j+s://</c>, <c>neo4j+ssc://</c>), and opens
/// sessions. Create one per application and dispose it at shutdown.
/// </summary>
public sealed class BoltDriver : IAsyncDisposable
{
    private readonly IConnectionProvider _pool;
    private readonly ResiliencePipeline _retry;

    public BoltDriver(IOptions<BoltDriverOptions> options, ILoggerFactory? loggerFactory = null)
    {
        Options = options.Value;
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<BoltDriver>();
        var uri = BoltUri.Parse(Options.Uri);
        IsRouting = uri.Routing;
        _pool = uri.Routing
            ? new RoutingConnectionProvider(uri, Options, logger)
            : new DirectConnectionProvider(new ConnectionPool(new BoltConnector(uri, Options, logger).ConnectAsync, Options, logger));
        _retry = RetryPipelineFactory.Create(Options, logger);
    }

    public BoltDriverOptions Options { get; }

    /// <summary>True for a neo4j:// URI: work is routed to the cluster's readers and writers.</summary>
    public bool IsRouting { get; }

    internal IConnectionProvider Connections => _pool;

    public static BoltDriver Create(string uri, AuthToken auth, Action<BoltDriverOptions>? configure = null, ILoggerFactory? loggerFactory = null)
    {
        var options = new BoltDriverOptions { Uri = uri, Auth = auth };
        configure?.Invoke(options);
        return new BoltDriver(Microsoft.Extensions.Options.Options.Create(options), loggerFactory);
    }

    public IBoltSession Session(SessionOptions? options = null) => new BoltSession(_pool, _retry, options ?? new SessionOptions(), Options.FetchSize);

    /// <summary>Connects (or reuses a pooled connection) and returns what the server reported: agent and Bolt version.</summary>
    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        var connection = (await _pool.AcquireAsync(new ConnectionRequest(AccessMode.Read, null, [], null), cancellationToken).ConfigureAwait(false)).Connection;
        try
        {
            return connection.ServerInfo;
        }
        finally
        {
            await _pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => GetServerInfoAsync(cancellationToken);

    public ValueTask DisposeAsync() => _pool.DisposeAsync();
}
