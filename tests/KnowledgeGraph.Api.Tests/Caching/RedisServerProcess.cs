using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>
/// A real redis-server of the test's own, a child process on a free loopback port (no persistence), that the test
/// can kill and start again on the same port. redis-server is installed by tools/redis/start.sh (./test.sh runs it).
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private readonly bool portChosenByCaller;
    private Process? process;

    public RedisServerProcess(int? port = null) => (Port, portChosenByCaller) = (port ?? FreePort(), port is not null);

    public int Port { get; private set; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Starts the server and makes sure the one answering on <see cref="Port"/> is this child: a free port found earlier
    /// may have been taken since by another test's server (tests run in parallel), and two tests must never share one.
    /// </summary>
    public async Task StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            await StartOnceAsync();
            if (await AnswersAsOurOwnAsync())
                return;
            await KillAsync();
            if (portChosenByCaller || attempt == 5)
                throw new InvalidOperationException($"Another server answers on 127.0.0.1:{Port}; redis-server could not take it.");
            Port = FreePort();
        }
    }

    private async Task StartOnceAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("redis-server is not installed: run tools/redis/start.sh (or ./test.sh) first.", e);
        }
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilAnswersAsync();
    }

    /// <summary>The redis-server's process id while it runs (to freeze it with SIGSTOP).</summary>
    public int? ProcessId => process?.Id;

    public async Task KillAsync()
    {
        if (process is null) return;
        Faults.ProcessSignals.Continue(process.Id); // a frozen server is thawed first, so that it dies at once
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    private async Task<bool> AnswersAsOurOwnAsync()
    {
        if (process is not { HasExited: false })
            return false;
        await using var connection = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},connectTimeout=2000,allowAdmin=true");
        var info = await connection.GetServer(connection.GetEndPoints()[0]).InfoAsync("server");
        var processId = info.SelectMany(group => group).Single(pair => pair.Key == "process_id").Value;
        return processId == process.Id.ToString();
    }

    private async Task WaitUntilAnswersAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (process is { HasExited: true })
                return; // it could not bind the port: the caller sees who answers there, if anyone
            try
            {
                await using var connection = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},connectTimeout=500");
                await connection.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
