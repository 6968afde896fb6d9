using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// Memory diagnoser, ratio columns, and — unless the command line picks a job (<c>--job short</c>, <c>--job dry</c>…) —
/// a quick job (1 launch, 2 warm-ups, 5 measured iterations) so the whole suite runs in a few minutes on 2 cores.
/// The quick job runs in this process: it measures the binaries already built and does not rebuild the service's
/// projects (which other work may have half-edited); add <c>--job short</c> for BenchmarkDotNet's isolated runs.
/// </summary>
public static class QuickConfig
{
    public static IConfig For(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
        var jobChosen = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        return jobChosen
            ? config
            : config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5)
                .WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"));
    }
}
