using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Browser.Tests.Subscriptions;

/// <summary>The shared test Redis (REDIS_TEST_CONNECTION, set by ./test.sh), else a redis-server of this test's own on a free port.</summary>
internal sealed class TestRedisServer : IAsyncDisposable
{
    private readonly Process? _own;

    private TestRedisServer(string connectionString, Process? own) => (ConnectionString, _own) = (connectionString, own);

    public string ConnectionString { get; }

    public static async Task<TestRedisServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("REDIS_TEST_CONNECTION") is { Length: > 0 } shared)
            return new TestRedisServer(shared, null);
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var process = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("Could not start redis-server.");
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new TestRedisServer($"127.0.0.1:{port}", process);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill();
        throw new InvalidOperationException("redis-server did not start.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_own is null)
            return;
        _own.Kill();
        await _own.WaitForExitAsync();
        _own.Dispose();
    }
}
