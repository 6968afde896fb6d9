using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Limits.Fairness;

/// <summary>
/// Raises the thread pool's minimum of worker threads to <see cref="LimitsOptions.MinWorkerThreadsPerCore"/> per core at
/// start-up (never lowers it: an operator's <c>DOTNET_ThreadPool_ForceMinWorkerThreads</c> wins when higher). The
/// runtime's default, one per core, serves work items first come, first served: a short request waits behind every long
/// one queued before it, and the pool adds threads slowly. With a few threads per core ready, the operating system
/// shares the cores between the requests, and a short one ends in its turn (the hostile run's bystander:
/// <c>benchmarks/hostile</c>).
/// </summary>
public sealed partial class ThreadPoolFloor(IOptions<LimitsOptions> options, ILogger<ThreadPoolFloor> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var perCore = options.Value.MinWorkerThreadsPerCore;
        if (perCore == 0)
            return Task.CompletedTask;
        ThreadPool.GetMinThreads(out var workers, out var io);
        var floor = perCore * Environment.ProcessorCount;
        if (floor > workers && ThreadPool.SetMinThreads(floor, io))
            LogRaised(logger, workers, floor);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Thread pool: minimum of worker threads raised from {Before} to {After}.")]
    private static partial void LogRaised(ILogger logger, int before, int after);
}
