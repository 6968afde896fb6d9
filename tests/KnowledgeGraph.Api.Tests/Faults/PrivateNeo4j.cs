using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Api.Tests.Caching;

namespace KnowledgeGraph.Api.Tests.Faults;

/// <summary>
/// A Neo4j 3.1.1 of the test's own: a copy of the installed home (tools/neo4j/install.sh; NEO4J_TEST_HOME) in a temp
/// folder with its own Bolt and HTTP ports and fresh data (the copied auth file keeps the test password), run in the
/// foreground (<c>bin/neo4j console</c>, which becomes the JVM) so that the test can freeze, kill and restart it.
/// </summary>
public sealed class PrivateNeo4j : IAsyncDisposable
{
    private readonly string home = Path.Combine(Path.GetTempPath(), "kg-fault-neo4j", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder output = new();
    private Process? process;

    public int BoltPort { get; } = RedisServerProcess.FreePort();

    public int HttpPort { get; } = RedisServerProcess.FreePort();

    public string BoltUri => $"bolt://127.0.0.1:{BoltPort}";

    public static string User => Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j";

    public static string Password => Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "kg-test-password";

    public int? ProcessId => process?.Id;

    public async Task StartAsync(TimeSpan within)
    {
        if (!Directory.Exists(home))
            Copy();
        var start = new ProcessStartInfo(Path.Combine(home, "bin", "neo4j"))
        {
            ArgumentList = { "console" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NEO4J_HOME"] = home;
        start.Environment["NEO4J_CONF"] = Path.Combine(home, "conf");
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitReadyAsync(within);
    }

    public void Freeze() => ProcessSignals.Stop(process!.Id);

    public void Thaw() => ProcessSignals.Continue(process!.Id);

    /// <summary>SIGKILL: no shutdown; the store is recovered at the next start.</summary>
    public async Task KillAsync()
    {
        if (process is null)
            return;
        ProcessSignals.Continue(process.Id);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        if (Directory.Exists(home))
            Directory.Delete(home, recursive: true);
    }

    private void Copy()
    {
        var installed = Environment.GetEnvironmentVariable("NEO4J_TEST_HOME")
            ?? RepositoryHome();
        Directory.CreateDirectory(Path.GetDirectoryName(home)!);
        Run("cp", "-a", installed, home);
        foreach (var folder in new[] { "data/databases", "logs", "run" })
        {
            var path = Path.Combine(home, folder);
            if (Directory.Exists(path))
                Directory.Delete(path, recursive: true);
            Directory.CreateDirectory(path);
        }
        Directory.CreateDirectory(Path.Combine(home, "plugins"));
        var conf = Path.Combine(home, "conf", "neo4j.conf");
        var lines = File.ReadAllLines(conf)
            .Where(line => !line.StartsWith("dbms.connector.bolt.listen_address", StringComparison.Ordinal)
                           && !line.StartsWith("dbms.connector.http.listen_address", StringComparison.Ordinal)
                           && !line.StartsWith("dbms.memory.", StringComparison.Ordinal))
            .Concat([
                $"dbms.connector.bolt.listen_address=127.0.0.1:{BoltPort}",
                $"dbms.connector.http.listen_address=127.0.0.1:{HttpPort}",
                "dbms.memory.heap.initial_size=256m",
                "dbms.memory.heap.max_size=512m",
                "dbms.memory.pagecache.size=64m",
            ]);
        File.WriteAllLines(conf, lines);
    }

    private static string RepositoryHome() =>
        Path.Combine(Path.GetDirectoryName(Hosting.RepositoryFiles.Find("tools/neo4j/env.sh"))!, "..", "..", ".tools", "neo4j", "neo4j-community-3.1.1");

    private async Task WaitReadyAsync(TimeSpan within)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
                throw new InvalidOperationException($"Neo4j exited with {process.ExitCode}:\n{Output}");
            try
            {
                using var body = new StringContent("""{"statements":[{"statement":"RETURN 1"}]}""", Encoding.UTF8, "application/json");
                using var response = await client.PostAsync($"http://127.0.0.1:{HttpPort}/db/data/transaction/commit", body);
                if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("\"row\":[1]"))
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"Neo4j was not ready within {within}:\n{Output}");
    }

    private string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var run = Process.Start(start)!;
        var error = run.StandardError.ReadToEnd();
        run.WaitForExit();
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"{command} failed ({run.ExitCode}): {error}");
    }
}
