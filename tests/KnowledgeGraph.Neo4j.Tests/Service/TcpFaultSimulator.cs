using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Neo4j.Tests.Service;

/// <summary>
/// A fault simulator: a TCP relay between the app and the real Neo4j that a test can cut (every open connection is
/// dropped and new ones are refused, as when the server goes away) and restore (same port), without touching Neo4j.
/// </summary>
public sealed class TcpFaultSimulator : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _disposed = new();
    private TcpListener? _listener;

    public TcpFaultSimulator(Uri target)
    {
        _target = new IPEndPoint(IPAddress.Parse(target.Host), target.Port);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Restore();
    }

    public int Port { get; }

    public string BoltUri => $"bolt://127.0.0.1:{Port}";

    public void Restore()
    {
        if (_listener is not null)
            return;
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener);
    }

    public void Cut()
    {
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            foreach (var client in _open)
                client.Dispose();
            _open.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        _disposed.Cancel();
        Cut();
        _disposed.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_disposed.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_disposed.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                return; // cut or disposed
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        lock (_open)
        {
            _open.Add(client);
            _open.Add(server);
        }

        try
        {
            await server.ConnectAsync(_target, _disposed.Token);
            var up = client.GetStream().CopyToAsync(server.GetStream(), _disposed.Token);
            var down = server.GetStream().CopyToAsync(client.GetStream(), _disposed.Token);
            await Task.WhenAny(up, down);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The connection ends: cut, or one side closed it.
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }
}
