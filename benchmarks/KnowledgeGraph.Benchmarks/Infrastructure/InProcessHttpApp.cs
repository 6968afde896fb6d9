using System.Net.Http.Headers;
using KnowledgeGraph.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// A whole ASP.NET Core app behind TestHost's in-memory server: a request goes through the app's real middleware
/// pipeline and endpoint, without sockets. Either the service itself (its own registration and pipeline, the embedded
/// store with the reference data, the response cache in memory) or the static-bytes baseline of the load test.
/// </summary>
public sealed class InProcessHttpApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;
    private readonly string? _dataDirectory;

    private InProcessHttpApp(WebApplication app, string? dataDirectory)
    {
        _app = app;
        _client = app.GetTestServer().CreateClient();
        _dataDirectory = dataDirectory;
    }

    /// <summary>The service as <c>Program</c> builds it, with the load test's settings (no rate limit, cache on).</summary>
    public static async Task<InProcessHttpApp> StartServiceAsync(string cacheMode)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("kg-bench-http-").FullName;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["KnowledgeGraph:DataFile"] = Path.Combine(dataDirectory, "knowledgegraph.db"),
            ["KnowledgeGraph:Limits:RateLimitPermits"] = "0",
            ["KnowledgeGraph:Limits:MaxConcurrentRequestsPerClient"] = "0",
            ["KnowledgeGraph:Cache:Mode"] = cacheMode,
        });
        builder.Logging.ClearProviders(); // nothing logged per request at these levels; keep the console quiet
        builder.AddKnowledgeGraph();
        var app = builder.Build();
        app.MapKnowledgeGraph();
        if (!await app.Services.GetRequiredService<GraphStoreStartup>().TryLoadAsync(CancellationToken.None))
            throw new InvalidOperationException("The service did not start: its store did not load.");
        await app.StartAsync();
        return new InProcessHttpApp(app, dataDirectory);
    }

    /// <summary>What the load test's baseline app does: read the body, answer fixed bytes.</summary>
    public static async Task<InProcessHttpApp> StartBaselineAsync(byte[] answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/graphql", async context =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.ContentLength = answer.Length;
            await context.Response.Body.WriteAsync(answer, context.RequestAborted);
        });
        await app.StartAsync();
        return new InProcessHttpApp(app, null);
    }

    /// <summary>POSTs a GraphQL request body and returns the answer's bytes; throws unless the status is 200.</summary>
    public async Task<byte[]> PostAsync(byte[] jsonBody)
    {
        using var content = new ByteArrayContent(jsonBody);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync("/graphql", content);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        return bytes;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_dataDirectory is not null)
            Directory.Delete(_dataDirectory, recursive: true);
    }
}
