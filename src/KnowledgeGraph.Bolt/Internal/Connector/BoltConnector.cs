using System.Net.Security;
using System.Net.Sockets;
using KnowledgeGraph.Bolt.Internal.Protocol;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Bolt.Internal.Connector;

/// <summary>
/// Opens a connection to one server: TCP, optional TLS, handshake (with one Bolt 3 retry for servers that speak none
/// of the first proposals), authentication. A routing driver passes the routing context, which HELLO carries (4.1+).
/// </summary>
internal sealed partial class BoltConnector(BoltUri uri, BoltDriverOptions options, ILogger logger, IReadOnlyDictionary<string, object?>? routingContext = null)
{
    public BoltUri Uri => uri;

    public async Task<BoltConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ConnectAsync(Handshake.Proposals, cancellationToken).ConfigureAwait(false);
        }
        catch (NoCommonVersionException)
        {
            return await ConnectAsync(Handshake.FallbackProposals, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<BoltConnection> ConnectAsync(byte[] proposals, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectionTimeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        BoltConnection? connection = null;
        try
        {
            await socket.ConnectAsync(uri.Host, uri.Port, timeout.Token).ConfigureAwait(false);
            stream = await OpenStreamAsync(socket, timeout.Token).ConfigureAwait(false);
            var version = await Handshake.PerformAsync(stream, proposals, timeout.Token).ConfigureAwait(false);
            connection = new BoltConnection(socket, stream, uri.ToString(), BoltProtocolFactory.Create(version), logger);
            var agent = await connection.Protocol.InitializeAsync(connection, options.UserAgent, options.Auth, routingContext, timeout.Token).ConfigureAwait(false);
            connection.SetServerAgent(agent);
            LogConnected(logger, uri.ToString(), agent, version.ToString());
            return connection;
        }
        catch (Exception e)
        {
            if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
            else if (stream is not null) await stream.DisposeAsync().ConfigureAwait(false);
            socket.Dispose();
            if (e is NoCommonVersionException) throw;
            if (e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                throw new ServiceUnavailableException($"Bolt: connecting to {uri} timed out after {options.ConnectionTimeout}.", e);
            if (e is SocketException or IOException or System.Security.Authentication.AuthenticationException)
                throw new ServiceUnavailableException($"Bolt: cannot connect to {uri}: {e.Message}", e);
            throw;
        }
    }

    private async Task<Stream> OpenStreamAsync(Socket socket, CancellationToken cancellationToken)
    {
        var network = new NetworkStream(socket, ownsSocket: false);
        if (uri.Tls == TlsMode.None) return network;
        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        var authentication = new SslClientAuthenticationOptions { TargetHost = uri.Host };
        if (uri.Tls == TlsMode.TrustAnyCertificate) authentication.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        await ssl.AuthenticateAsClientAsync(authentication, cancellationToken).ConfigureAwait(false);
        return ssl;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connected to {Address}: {Agent}, Bolt {Version}")]
    private static partial void LogConnected(ILogger logger, string address, string agent, string version);
}
