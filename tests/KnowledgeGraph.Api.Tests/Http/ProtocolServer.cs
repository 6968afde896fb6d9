using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Net.Http.Headers;
using System.Text;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using KnowledgeGraph.Api.Http;
using Microsoft.AspNetCore.TestHost;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>An in-memory server with the GraphQL endpoint over <see cref="ProtocolTestSchema"/>; one per test class.</summary>
public sealed class ProtocolServer : IAsyncLifetime
{
    public const string IdeHtml = "<!doctype html><title>test IDE</title>";

    private readonly string webRoot = Directory.CreateTempSubdirectory("kg-http-tests-").FullName;
    private WebApplication? app;

    public CapturingLoggerProvider Logs { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(webRoot, "ide"));
        await File.WriteAllTextAsync(Path.Combine(webRoot, "ide", "index.html"), IdeHtml);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = webRoot,
            WebRootPath = webRoot,
        });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddProvider(Logs);
        builder.Services
            .AddSingleton<ISchema, ProtocolTestSchema>()
            .AddSingleton<IDocumentExecuter, DocumentExecuter>()
            .AddSingleton<IGraphQLTextSerializer>(new GraphQLSerializer(new ErrorInfoProvider()));
        app = builder.Build();
        app.MapGraphQLHttp("/graphql");
        app.MapGraphQLHttp("/post-only", options => options.AllowGet = false);
        app.MapGraphQLHttp("/small", options => options.MaxRequestBodyBytes = 64);
        app.MapGraphQLHttp("/unbuilt-ide", options => options.IdeIndexFile = "nowhere/index.html");
        await app.StartAsync();
        Client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
            await app.DisposeAsync();
        Directory.Delete(webRoot, recursive: true);
    }

    public Task<HttpResponseMessage> PostAsync(
        string body, string? accept = null, string? contentType = "application/json", string path = "/graphql")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return SendAsync(request, accept);
    }

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, pathAndQuery), accept);

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return Client.SendAsync(request);
    }

    /// <summary>A GET URL for the endpoint with the parameters form-url-encoded.</summary>
    public static string Url(string path, params (string Name, string Value)[] parameters) =>
        path + "?" + string.Join("&", parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
}
