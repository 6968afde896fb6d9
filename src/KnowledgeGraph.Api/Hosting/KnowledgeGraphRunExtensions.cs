using Microsoft.AspNetCore.Hosting.Server;

namespace KnowledgeGraph.Api.Hosting;

public static class KnowledgeGraphRunExtensions
{
    /// <summary>
    /// Loads the graph, then runs the server: nothing is served before the store is complete. Returns the process
    /// exit code: 1 when start-up stopped (the reasons are logged, without stack traces).
    /// </summary>
    public static async Task<int> RunKnowledgeGraphAsync(this WebApplication app)
    {
        var startup = app.Services.GetRequiredService<GraphStoreStartup>();
        if (!await startup.TryLoadAsync(app.Lifetime.ApplicationStopping))
        {
            // Disposing flushes the console logger: the reason start-up stopped must reach the output before the exit.
            await app.DisposeAsync();
            return 1;
        }

        var logger = app.Services.GetRequiredService<ILogger<GraphStoreStartup>>();
        var server = app.Services.GetRequiredService<IServer>();
        app.Lifetime.ApplicationStarted.Register(() => ReadyAnnouncer.Announce(server, logger));
        await app.RunAsync();
        return 0;
    }
}
