using System.Diagnostics;
using KnowledgeGraph.Core.Tests.Seed;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>Builds tests/KnowledgeGraph.Durability.Crasher once per test run into a temporary folder.</summary>
public static class CrasherBuild
{
    private static readonly Lazy<Task<string>> Build = new(BuildAsync);

    public static Task<string> GetAsync() => Build.Value;

    private static async Task<string> BuildAsync()
    {
        var project = Path.Combine(RepositorySeed.Root, "tests", "KnowledgeGraph.Durability.Crasher", "KnowledgeGraph.Durability.Crasher.csproj");
        var output = Path.Combine(Path.GetTempPath(), "kg-crasher-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "build", project, "--nologo", "-v", "q", "-o", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building the crasher failed:{Environment.NewLine}{await stdout}{await stderr}");
        }

        return Path.Combine(output, "KnowledgeGraph.Durability.Crasher.dll");
    }
}
