using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// Runs export-check/check.mjs with node: it loads a file with graphology (GEXF, GraphML) or cytoscape and prints
/// what it found. Installs the locked npm packages once if the test command has not already done so.
/// </summary>
internal static class ExportCheckScript
{
    private static readonly Lazy<Task<string>> Folder = new(PrepareAsync);

    public static async Task<JsonElement> LoadAsync(string format, string file, string nodeId, string edgeId)
    {
        var folder = await Folder.Value;
        var (exitCode, output, error) = await RunAsync("node", folder, "check.mjs", format, file, nodeId, edgeId);
        Assert.True(exitCode == 0, $"node check.mjs {format} failed: {error}");
        return JsonDocument.Parse(output).RootElement;
    }

    private static async Task<string> PrepareAsync()
    {
        var folder = FindFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphology-gexf")))
        {
            var (exitCode, _, error) = await RunAsync("npm", folder, "ci", "--no-audit", "--no-fund");
            Assert.True(exitCode == 0, $"npm ci failed in {folder}: {error}");
        }

        return folder;
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "export-check");
            if (File.Exists(Path.Combine(candidate, "check.mjs")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("export-check/check.mjs not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
