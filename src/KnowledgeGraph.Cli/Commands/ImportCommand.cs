using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg import &lt;dir&gt; --url http://host:5080 --api-key KEY</c>: zips a seed folder (one set with nodes/ and
/// relationships/, or a root of several sets such as graph-seed/) and streams it to the running service's
/// <c>POST /import</c>, printing the server's progress, then the result or every problem as <c>file:line: …</c>.
/// Exit code 0 when the import is committed, 1 when it is refused (nothing was written) or cannot be sent.
/// </summary>
public static class ImportCommand
{
    public const string UrlVariable = "KG_URL";
    public const string ApiKeyVariable = "KG_API_KEY";
    public const string TokenVariable = "KG_TOKEN";

    public static Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "The seed folder to import (nodes/ and relationships/, or one folder per set)." };
        var url = new Option<string>("--url")
        {
            Description = $"The service's base address (default: ${UrlVariable}, else http://localhost:5080).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } value ? value : "http://localhost:5080",
        };
        var apiKey = new Option<string?>("--api-key") { Description = $"An API key with the admin role (default: ${ApiKeyVariable})." };
        var token = new Option<string?>("--token") { Description = $"Or a bearer token (JWT) with the admin role (default: ${TokenVariable})." };
        var quiet = new Option<bool>("--quiet") { Description = "Print only the result or the problems, not the progress." };

        var command = new Command("import", "Import a seed folder into a running service (POST /import): validated as a whole, all or nothing, with progress.")
        {
            folder, url, apiKey, token, quiet,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async writer =>
        {
            var key = parseResult.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
            var bearer = parseResult.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable);
            if (string.IsNullOrEmpty(key) && string.IsNullOrEmpty(bearer))
            {
                throw new CliException($"an admin identity is needed: --api-key (or ${ApiKeyVariable}) or --token (or ${TokenVariable})");
            }

            if (!Uri.TryCreate(parseResult.GetValue(url), UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
            {
                throw new CliException($"--url must be an http(s) address, e.g. http://localhost:5080 (got '{parseResult.GetValue(url)}')");
            }

            var uploader = new ImportUploader(writer, parseResult.InvocationConfiguration.Error, parseResult.GetValue(quiet));
            return await uploader.RunAsync(parseResult.GetValue(folder)!, baseUri, key, bearer, cancellationToken);
        }));
        return command;
    }
}
