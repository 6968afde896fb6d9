using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Browser.Tests.Subscriptions;

/// <summary>
/// The real API on a real Kestrel socket, on its own graph file, with an editor API key and the settings a test
/// gives (subscription limits, closed reads, Redis).
/// </summary>
public sealed class SubscriptionApiFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string EditorKey = "subscriptions-editor-key-0123456789";

    private readonly string _dataFile = Path.Combine(Path.GetTempPath(), "kg-tests", $"{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        builder.UseSetting("KnowledgeGraph:DataFile", _dataFile);
        builder.UseSetting("KnowledgeGraph:Auth:ApiKeys:0:Name", "subscriptions-editor");
        builder.UseSetting("KnowledgeGraph:Auth:ApiKeys:0:Hash", KnowledgeGraph.Api.Auth.ApiKeyHash.Of(EditorKey));
        builder.UseSetting("KnowledgeGraph:Auth:ApiKeys:0:Roles:0", "editor");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
    }

    /// <summary>Starts the server and returns its address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return addresses.Addresses.First().TrimEnd('/');
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _dataFile, _dataFile + "-wal", _dataFile + "-shm" })
        {
            if (File.Exists(file))
                File.Delete(file);
        }
    }
}
