using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Browser.Tests.Subscriptions;

/// <summary>
/// Runs subscriptions/clients.mjs with node: the official graphql-sse and graphql-ws clients (and raw <c>ws</c> for
/// protocol violations) against a live service; each scenario prints one JSON object. Installs the locked npm
/// packages once if the test command has not already done so.
/// </summary>
internal static class SubscriptionClients
{
    private static readonly Lazy<Task<string>> Folder = new(PrepareAsync);

    public static async Task<JsonElement> RunAsync(string scenario, object options)
    {
        using var process = await StartAsync(scenario, options);
        return await ResultOfAsync(process);
    }

    /// <summary>Starts a scenario that prints <c>READY</c> when its clients are subscribed; the caller acts, then reads the result.</summary>
    public static async Task<Process> StartUntilReadyAsync(string scenario, object options)
    {
        var process = await StartAsync(scenario, options);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "READY")
                return process;
        }

        throw new InvalidOperationException($"node clients.mjs {scenario} ended before it was ready: {await process.StandardError.ReadToEndAsync()}");
    }

    public static async Task<JsonElement> ResultOfAsync(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"node clients.mjs failed: {await error}");
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return JsonDocument.Parse(lines[^1]).RootElement.Clone();
    }

    private static async Task<Process> StartAsync(string scenario, object options)
    {
        var folder = await Folder.Value;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("clients.mjs");
        start.ArgumentList.Add(scenario);
        start.ArgumentList.Add(JsonSerializer.Serialize(options));
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
    }

    private static async Task<string> PrepareAsync()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.Browser.Tests", "subscriptions");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql-ws")))
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder, UseShellExecute = false })
                ?? throw new InvalidOperationException("Could not start npm.");
            await npm.WaitForExitAsync();
            Assert.True(npm.ExitCode == 0, $"npm ci failed in {folder}");
        }

        return folder;
    }
}
