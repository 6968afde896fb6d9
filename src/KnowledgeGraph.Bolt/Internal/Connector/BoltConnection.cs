using System.Net.Sockets;
using KnowledgeGraph.Bolt.Internal.IO;
using KnowledgeGraph.Bolt.Internal.Messaging;
using KnowledgeGraph.Bolt.Internal.Protocol;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Bolt.Internal.Connector;

/// <summary>
/// One Bolt connection: queues messages, flushes them, reads responses. Any I/O error, cancellation mid-exchange
/// or protocol violation marks it broken, so the pool discards it.
/// </summary>
internal sealed partial class BoltConnection : IAsyncDisposable
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(30);
    private readonly Socket? _socket;
    private readonly Stream _stream;
    private readonly ChunkReader _chunkReader;
    private readonly ChunkWriter _chunkWriter = new();
    private readonly PackStreamWriter _packer;
    private readonly PackStreamReader _unpacker;
    private readonly ILogger _logger;
    private int _disposed;
    private bool _initialized;

    public BoltConnection(Socket? socket, Stream stream, string address, IBoltProtocol protocol, ILogger logger)
    {
        _socket = socket;
        _stream = stream;
        _chunkReader = new ChunkReader(stream);
        _packer = new PackStreamWriter(protocol.Format);
        _unpacker = new PackStreamReader(protocol.Format);
        _logger = logger;
        Address = address;
        Protocol = protocol;
        ServerInfo = new ServerInfo(address, "", protocol.Version);
    }

    public string Address { get; }

    public IBoltProtocol Protocol { get; }

    public ServerInfo ServerInfo { get; private set; }

    public long CreatedAt { get; } = Environment.TickCount64;

    public long LastUsedAt { get; private set; } = Environment.TickCount64;

    public bool IsBroken { get; private set; }

    /// <summary>The connection hints of HELLO's SUCCESS (4.3+); empty when the server sent none.</summary>
    public IReadOnlyDictionary<string, object?> Hints { get; private set; } = new Dictionary<string, object?>();

    /// <summary>True when the server said it routes queries itself (hint <c>ssr.enabled</c>, Neo4j 5.x+).</summary>
    public bool ServerSideRouting => Hints.GetValueOrDefault("ssr.enabled") is true;

    /// <summary>The Neo4j code of the last FAILURE on this connection since it was borrowed, for the routing driver.</summary>
    public string? LastFailureCode { get; set; }

    public void SetHints(IReadOnlyDictionary<string, object?> hints)
    {
        Hints = hints;
        ServerInfo = ServerInfo with { ServerSideRouting = ServerSideRouting };
    }

    public void MarkBroken() => IsBroken = true;

    public void SetFormat(PackStreamFormat format) => _packer.Format = _unpacker.Format = format;

    /// <summary>Records the agent once authenticated; failures before that close the connection rather than RESET it.</summary>
    public void SetServerAgent(string agent)
    {
        ServerInfo = ServerInfo with { Agent = agent };
        _initialized = true;
    }

    public void Enqueue(IRequestMessage message)
    {
        LogSend(_logger, Address, message);
        _packer.Reset();
        message.WriteTo(_packer);
        _chunkWriter.WriteMessage(_packer.WrittenSpan);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _chunkWriter.FlushAsync(_stream, cancellationToken).ConfigureAwait(false);
            LastUsedAt = Environment.TickCount64;
        }
        catch (Exception e)
        {
            throw Broken(e);
        }
    }

    public async ValueTask<ResponseMessage> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var message = await _chunkReader.ReadMessageAsync(cancellationToken).ConfigureAwait(false);
            _unpacker.Reset(message.Array!, message.Offset, message.Count);
            return ResponseMessageReader.Read(_unpacker);
        }
        catch (Exception e)
        {
            throw Broken(e);
        }
    }

    /// <summary>Reads one response that must be SUCCESS; a FAILURE is recovered from and thrown typed.</summary>
    public async Task<SuccessMessage> ReadSuccessAsync(bool inTransaction, CancellationToken cancellationToken)
    {
        var response = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return response switch
        {
            SuccessMessage success => success,
            FailureMessage failure when !_initialized => throw Broken(ServerErrors.ToException(failure)),
            FailureMessage failure => throw await RecoverAsync(failure, inTransaction).ConfigureAwait(false),
            _ => throw Broken(new ProtocolException($"Bolt: expected SUCCESS, received {response}.")),
        };
    }

    /// <summary>After a FAILURE: sends RESET (or ACK_FAILURE), skips IGNORED answers, and returns the typed error to throw.</summary>
    public async Task<BoltException> RecoverAsync(FailureMessage failure, bool inTransaction)
    {
        LogFailure(_logger, Address, failure.Code);
        LastFailureCode = failure.Code;
        using var timeout = new CancellationTokenSource(RecoveryTimeout);
        try
        {
            Enqueue(Protocol.FailureRecovery(inTransaction));
            await FlushAsync(timeout.Token).ConfigureAwait(false);
            while (await ReadAsync(timeout.Token).ConfigureAwait(false) is not SuccessMessage)
            {
            }
        }
        catch (Exception e) when (e is BoltException or OperationCanceledException)
        {
            IsBroken = true;
        }
        return ServerErrors.ToException(failure);
    }

    /// <summary>A cheap check that the peer has not closed the socket (readable with nothing to read means closed).</summary>
    public bool IsSocketOpen()
    {
        try
        {
            return _socket is null || !(_socket.Poll(0, SelectMode.SelectRead) && _socket.Available == 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (!IsBroken)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                Enqueue(EmptyMessage.Goodbye);
                await _chunkWriter.FlushAsync(_stream, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The server may already be gone; closing is all that is left to do.
            }
        }
        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket?.Dispose();
    }

    /// <summary>True when the connection broke on an I/O error: the server is probably gone (or unreachable).</summary>
    public bool LostServer { get; private set; }

    private Exception Broken(Exception error)
    {
        IsBroken = true;
        if (error is IOException or System.Net.Sockets.SocketException or ObjectDisposedException or ServiceUnavailableException) LostServer = true;
        return error switch
        {
            BoltException or OperationCanceledException => error,
            IOException or SocketException or ObjectDisposedException =>
                new ServiceUnavailableException($"Bolt: connection to {Address} lost: {error.Message}", error),
            _ => error,
        };
    }

    [LoggerMessage(Level = LogLevel.Trace, Message = "C [{Address}]: {Message}")]
    private static partial void LogSend(ILogger logger, string address, IRequestMessage message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "S [{Address}]: FAILURE {Code}")]
    private static partial void LogFailure(ILogger logger, string address, string code);
}
