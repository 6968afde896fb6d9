using System.CommandLine;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Runs the kg command line in-process and captures what it prints.</summary>
internal sealed record KgRun(int ExitCode, string Output, string Error)
{
    public static async Task<KgRun> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await KgCommandLine.Create().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, CancellationToken.None);
        return new KgRun(exitCode, output.ToString(), error.ToString());
    }
}
