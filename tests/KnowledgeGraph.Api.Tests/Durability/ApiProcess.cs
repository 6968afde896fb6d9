using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Durability;

/// <summary>
/// The real API as a child process (the built KnowledgeGraph.Api.dll under <c>dotnet</c>) on a free port, with
/// command-line settings; killed with SIGKILL by <see cref="Kill"/>, as a crash or an OOM kill would.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringWriter output = new();

    private ApiProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan readyWithin)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ApiAssembly());
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        foreach (var (key, value) in settings)
            start.ArgumentList.Add($"--{key}={value}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) => api.Append(line.Data);
        process.ErrorDataReceived += (_, line) => api.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await api.WaitReadyAsync(readyWithin);
        return api;
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
            Kill();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private async Task WaitReadyAsync(TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                // The parameterless wait also drains the redirected streams: without it the last lines (the reason
                // start-up stopped) may not have reached Output yet.
                process.WaitForExit();
                throw new InvalidOperationException($"The API exited with {process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The API was not ready within {within}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.WriteLine(line);
    }

    private static string ApiAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        return RepositoryFiles.Find($"src/KnowledgeGraph.Api/bin/{configuration}/net10.0/KnowledgeGraph.Api.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
