using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Benchmarks.Baseline;

/// <summary>The captured responses, by scenario name (the file name of each <c>*.json</c> in the directory).</summary>
public sealed class CachedResponses(IReadOnlyDictionary<string, byte[]> byScenario)
{
    private readonly IReadOnlyDictionary<string, byte[]> _byScenario = byScenario;

    public const string ScenarioHeader = "X-KG-Scenario";
    private const string ContentType = "application/graphql-response+json; charset=utf-8";

    public static CachedResponses Load(string? directory)
    {
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
            throw new InvalidOperationException($"Baseline:ResponsesDirectory '{directory}' is not a directory.");
        return new CachedResponses(Directory.EnumerateFiles(directory, "*.json")
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file), File.ReadAllBytes, StringComparer.Ordinal));
    }

    /// <summary>Reads the request body to its end (as the real service must), then writes the cached bytes.</summary>
    public static async Task WriteAsync(HttpContext context, CachedResponses responses)
    {
        var request = context.Request;
        var cancellation = context.RequestAborted;
        await request.Body.CopyToAsync(Stream.Null, cancellation);
        var scenario = request.Headers[ScenarioHeader];
        if (StringValues.IsNullOrEmpty(scenario) || !responses._byScenario.TryGetValue(scenario.ToString(), out var bytes))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var response = context.Response;
        response.ContentType = ContentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, cancellation);
    }
}
