using System.Diagnostics.Tracing;
using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// What a cache-hit request allocates, by type: <c>--allocations [service|baseline] [requests]</c> sends the flagship
/// query repeatedly through <see cref="InProcessHttpApp"/> and prints the bytes allocated per request, then the
/// runtime's allocation samples (one per ~100 KB allocated) turned into bytes per request for each type. Compare the
/// service with the baseline: what only the service allocates is its own doing.
/// </summary>
public static class AllocationProfile
{
    private const int DefaultRequests = 200_000;
    private const int WarmupRequests = 20_000;
    private const int TypesShown = 40;

    public static bool TryRun(string[] args)
    {
        if (args.Length == 0 || args[0] != "--allocations")
            return false;
        var target = args.Length > 1 ? args[1] : "service";
        var requests = args.Length > 2 && int.TryParse(args[2], out var n) && n > 0 ? n : DefaultRequests;
        if (target is not ("service" or "baseline"))
        {
            Console.Error.WriteLine("usage: --allocations [service|baseline] [requests]");
            Environment.ExitCode = 2;
            return true;
        }
        RunAsync(target, requests).GetAwaiter().GetResult();
        return true;
    }

    private static async Task RunAsync(string target, int requests)
    {
        await using var service = await InProcessHttpApp.StartServiceAsync("Memory");
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query = Operations.Flagship });
        var answer = await service.PostAsync(body);
        await using var baseline = await InProcessHttpApp.StartBaselineAsync(answer);
        var app = target == "baseline" ? baseline : service;
        for (var i = 0; i < WarmupRequests; i++)
            await app.PostAsync(body);

        using var samples = new AllocationSamples();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        samples.Recording = true;
        for (var i = 0; i < requests; i++)
            await app.PostAsync(body);
        samples.Recording = false;
        var perRequest = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)requests;

        Console.WriteLine($"{target}: {perRequest:F0} bytes allocated per flagship request (cache hit), over {requests} requests");
        var byType = samples.ByType();
        var total = byType.Values.Sum();
        foreach (var (type, count) in byType.OrderByDescending(entry => entry.Value).Take(TypesShown))
            Console.WriteLine($"{count * perRequest / total,8:F0}  {type}");
    }

    /// <summary>The runtime's GCAllocationTick events, counted by allocated type.</summary>
    private sealed class AllocationSamples : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private readonly Dictionary<string, long> _byType = new(StringComparer.Ordinal);

        public volatile bool Recording;

        public Dictionary<string, long> ByType()
        {
            lock (_byType)
                return new Dictionary<string, long>(_byType);
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!Recording || e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.PayloadNames is null)
                return;
            var index = e.PayloadNames.IndexOf("TypeName");
            if (index < 0 || e.Payload?[index] is not string type)
                return;
            lock (_byType)
                _byType[type] = _byType.GetValueOrDefault(type) + 1;
        }
    }
}
