using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Once the server listens: logs where the IDE is, the time since the process started and its memory.</summary>
public static partial class ReadyAnnouncer
{
    public static void Announce(IServer server, ILogger logger)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
            LogIde(logger, $"{address.TrimEnd('/')}/graphql");
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        LogReady(logger, (long)sinceStart.TotalMilliseconds, process.WorkingSet64 / (1024 * 1024), GC.GetTotalMemory(false) / (1024 * 1024));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL IDE: {Url}")]
    private static partial void LogIde(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Ready {ElapsedMs} ms after process start; working set {WorkingSetMiB} MiB, managed heap {HeapMiB} MiB.")]
    private static partial void LogReady(ILogger logger, long elapsedMs, long workingSetMiB, long heapMiB);
}
