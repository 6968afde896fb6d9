using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>The real API on a real Kestrel socket (a free loopback port), so that a real browser can reach it.</summary>
public sealed class KestrelApiFactory : WebApplicationFactory<Program>
{
    public KestrelApiFactory()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>This host's own graph file (the embedded store is durable; one process per file), deleted with the factory.</summary>
    public string DataFile { get; } = Path.Combine(Path.GetTempPath(), "kg-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>Configuration of this host's own (e.g. <c>KnowledgeGraph:Cors:AllowedOrigins:0</c>).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseSetting("KnowledgeGraph:DataFile", DataFile);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { DataFile, DataFile + "-wal" })
            if (File.Exists(file))
                File.Delete(file);
    }

    /// <summary>Starts the server and returns its address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First());
    }
}
