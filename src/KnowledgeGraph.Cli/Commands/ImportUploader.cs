using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// What <c>kg import</c> does: packs the folder into a temporary .zip (entries relative to the folder), sends it with
/// its length (so that a server limit refuses it at once), asks for the progress as NDJSON and prints each event; the
/// server names every problem <c>file:line</c>, printed as is on standard error.
/// </summary>
internal sealed class ImportUploader(TextWriter output, TextWriter error, bool quiet)
{
    private const string Ndjson = "application/x-ndjson";

    public async Task<int> RunAsync(string folder, Uri baseUri, string? apiKey, string? token, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliException($"the folder '{folder}' does not exist");
        }

        var stopwatch = Stopwatch.StartNew();
        var zip = Path.Combine(Path.GetTempPath(), $"kg-import-{Guid.NewGuid():N}.zip");
        try
        {
            await ZipFile.CreateFromDirectoryAsync(folder, zip, CompressionLevel.Fastest, includeBaseDirectory: false, cancellationToken);
            var size = new FileInfo(zip).Length;
            await Progress($"Packed {folder} into {Mib(size)} in {stopwatch.Elapsed.TotalSeconds:0.0} s; sending to {new Uri(baseUri, "import")}…");
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            await using var file = new FileStream(zip, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, "import"))
            {
                Content = new StreamContent(file, 81920),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
            request.Content.Headers.ContentLength = size;
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Ndjson));
            if (!string.IsNullOrEmpty(apiKey))
            {
                request.Headers.Add("X-Api-Key", apiKey);
            }
            else
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await SendAsync(http, request, baseUri, cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != Ndjson)
            {
                var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
                return await RefusedAsync(json.RootElement, $"{(int)response.StatusCode} {response.ReasonPhrase}");
            }

            using var reader = new StreamReader(body);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                switch (root.GetProperty("event").GetString())
                {
                    case "received":
                        await Progress($"The server received {Mib(root.GetProperty("bytes").GetInt64())}: {root.GetProperty("files").GetInt32()} file(s), " +
                            $"{Mib(root.GetProperty("unpackedBytes").GetInt64())} unpacked.");
                        break;
                    case "validated":
                        await Progress(string.Create(CultureInfo.InvariantCulture,
                            $"validated {root.GetProperty("file").GetString()}: {root.GetProperty("records").GetInt32():N0} record(s) " +
                            $"({root.GetProperty("filesValidated").GetInt32()}/{root.GetProperty("files").GetInt32()} files, {root.GetProperty("recordsValidated").GetInt64():N0} records)"));
                        break;
                    case "checking":
                        await Progress(string.Create(CultureInfo.InvariantCulture,
                            $"checking {root.GetProperty("nodes").GetInt32():N0} nodes and {root.GetProperty("relationships").GetInt32():N0} relationships against the stored graph, then writing…"));
                        break;
                    case "committed":
                        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"Imported: {root.GetProperty("nodesCreatedCount").GetInt32():N0} nodes and {root.GetProperty("relationshipsCreatedCount").GetInt32():N0} relationships created, " +
                            $"data version {root.GetProperty("dataVersion").GetInt64()}, in {stopwatch.Elapsed.TotalSeconds:0.0} s."));
                        return CommandRunner.Success;
                    case "refused":
                        return await RefusedAsync(root, "refused");
                }
            }

            throw new CliException("the server ended its answer without a result: the import may or may not be committed; check the data version");
        }
        finally
        {
            File.Delete(zip);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, Uri baseUri, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new CliException($"cannot send the import to {baseUri}: {e.Message}");
        }
    }

    // Every error's message (they name file:line), then one line with the count; nothing was written.
    private async Task<int> RefusedAsync(JsonElement body, string status)
    {
        var count = 0;
        var codes = new List<string>();
        if (body.TryGetProperty("errors", out var errors))
        {
            foreach (var item in errors.EnumerateArray())
            {
                await error.WriteLineAsync(item.GetProperty("message").GetString());
                var code = item.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
                if (code is not null && !codes.Contains(code))
                {
                    codes.Add(code);
                }

                count++;
            }
        }

        await error.WriteLineAsync($"Import refused ({status}; {string.Join(", ", codes)}): {count} problem(s); nothing was written.");
        return CommandRunner.Failure;
    }

    private Task Progress(string line) => quiet ? Task.CompletedTask : output.WriteLineAsync(line);

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MiB");
}
