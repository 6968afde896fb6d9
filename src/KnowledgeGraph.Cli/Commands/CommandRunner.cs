using System.CommandLine;
using KnowledgeGraph.Core.Generation;
using KnowledgeGraph.Core.Seed;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Runs a command body and turns the failures a user can cause into messages and exit code 1.</summary>
internal static class CommandRunner
{
    public const int Success = 0;
    public const int Failure = 1;

    public static async Task<int> RunAsync(ParseResult parseResult, Func<TextWriter, Task<int>> body)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return await body(output);
        }
        catch (SeedValidationException e)
        {
            foreach (var problem in e.Errors)
            {
                await error.WriteLineAsync(problem.ToString());
            }

            await error.WriteLineAsync($"{e.Errors.Count} problem(s) found{(e.Errors.Count >= 100 ? " (stopped at 100)" : "")}.");
        }
        catch (Exception e) when (e is CliException or CuratedDataMissingException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled.");
        }
        catch (Exception e)
        {
            // A bug, not a user error: still one line, never a stack trace on the console.
            await error.WriteLineAsync($"error: unexpected {e.GetType().Name}: {e.Message}");
        }

        return Failure;
    }
}
