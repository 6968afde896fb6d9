using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Deploy.Tests;

/// <summary>Runs <c>docker-compose config</c> (Debian's Compose; no engine needed) on the repository's compose file.</summary>
public sealed record ComposeConfig(int ExitCode, string Output, string Error)
{
    public static async Task<ComposeConfig> RunAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("docker-compose", ["-f", Repository.File("docker-compose.yml"), "config"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ComposeConfig(process.ExitCode, await output, await error);
    }

    /// <summary>The resolved file's <c>services</c> mapping.</summary>
    public YamlMappingNode Services()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Output));
        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }
}

public static class Yaml
{
    public static YamlNode? Get(this YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
                return null;
            node = child;
        }

        return node;
    }

    public static string? Scalar(this YamlNode node, params string[] path) => (node.Get(path) as YamlScalarNode)?.Value;

    public static IReadOnlyList<string> Strings(this YamlNode node, params string[] path) =>
        node.Get(path) switch
        {
            YamlSequenceNode sequence => sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList(),
            YamlScalarNode scalar => [scalar.Value ?? ""],
            _ => [],
        };
}
