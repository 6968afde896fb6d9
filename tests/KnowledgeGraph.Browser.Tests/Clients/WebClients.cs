using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Browser.Tests.Clients;

/// <summary>
/// Runs a script of web-clients/ (standard client libraries: graphql-js, Apollo Client) with Node and returns the JSON
/// it prints. Installs the locked npm packages once if the test command has not already done so.
/// </summary>
internal static class WebClients
{
    private static readonly Lazy<Task<string>> Folder = new(PrepareAsync);

    public static async Task<JsonElement> RunAsync(string script, params string[] arguments)
    {
        var folder = await Folder.Value;
        var (exitCode, output, error) = await RunProcessAsync("node", folder, [script, .. arguments]);
        Assert.True(exitCode == 0, $"node {script} failed ({exitCode}): {error}\n{output}");
        var lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return JsonDocument.Parse(lastLine).RootElement.Clone();
    }

    private static async Task<string> PrepareAsync()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.Browser.Tests", "web-clients");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@apollo", "client")))
        {
            var (exitCode, _, error) = await RunProcessAsync("npm", folder, ["ci", "--no-audit", "--no-fund"]);
            Assert.True(exitCode == 0, $"npm ci failed in {folder}: {error}");
        }
        return folder;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string program, string folder, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }
}
