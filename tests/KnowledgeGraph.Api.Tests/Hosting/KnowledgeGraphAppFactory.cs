using KnowledgeGraph.Api.Tests.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>The real app (Program) in memory, optionally on another seed directory; keeps its logs.</summary>
public class KnowledgeGraphAppFactory : WebApplicationFactory<Program>
{
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Overrides KnowledgeGraph:SeedDirectory when set; otherwise the repository's graph-seed/ is found.</summary>
    public string? SeedDirectory { get; init; }

    /// <summary>Overrides KnowledgeGraph:Store when set.</summary>
    public string? Store { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (SeedDirectory is not null)
            builder.UseSetting("KnowledgeGraph:SeedDirectory", SeedDirectory);
        if (Store is not null)
            builder.UseSetting("KnowledgeGraph:Store", Store);
        // The embedded store is durable: each host gets its own SQLite file (one process may hold a file at a time).
        builder.UseSetting("KnowledgeGraph:DataFile", DataFile);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>This host's graph file, deleted with the factory.</summary>
    public string DataFile { get; } = Path.Combine(Path.GetTempPath(), "kg-tests", $"{Guid.NewGuid():N}.db");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { DataFile, DataFile + "-wal", DataFile + "-shm", DataFile + "-journal" })
            if (File.Exists(file))
                File.Delete(file);
        GC.SuppressFinalize(this);
    }
}
