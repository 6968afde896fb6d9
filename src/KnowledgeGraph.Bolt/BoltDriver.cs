using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.Pool;
using KnowledgeGraph.Bolt.Internal.Retry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace KnowledgeGraph.Bolt;

/// <summary>
/// The entry point: owns the connection pool to one server (<c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c>)
/// and opens sessions. Create one per application and dispose it at shutdown.
/// </summary>
public sealed class BoltDriver : IAsyncDisposable
{
    private readonly ConnectionPool _pool;
    private readonly ResiliencePipeline _retry;

    public BoltDriver(IOptions<BoltDriverOptions> options, ILoggerFactory? loggerFactory = null)
    {
        Options = options.Value;
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<BoltDriver>();
        var connector = new BoltConnector(BoltUri.Parse(Options.Uri), Options, logger);
        _pool = new ConnectionPool(connector.ConnectAsync, Options, logger);
        _retry = RetryPipelineFactory.Create(Options, logger);
    }

    public BoltDriverOptions Options { get; }

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
        var connection = await _pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
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
