using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace KnowledgeGraph.Bolt.Internal.Retry;

/// <summary>
/// The retry policy of managed transactions: retryable errors (transient server errors, lost connections) are
/// retried with exponential backoff and jitter until <see cref="BoltDriverOptions.MaxTransactionRetryTime"/> has passed.
/// </summary>
internal static partial class RetryPipelineFactory
{
    public static readonly ResiliencePropertyKey<long> StartedAt = new("KnowledgeGraph.Bolt.RetryStartedAt");

    public static ResiliencePipeline Create(BoltDriverOptions options, ILogger logger) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.InitialRetryDelay,
                MaxDelay = options.MaxTransactionRetryTime,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is BoltException { IsRetryable: true }
                    && Stopwatch.GetElapsedTime(args.Context.Properties.GetValue(StartedAt, Stopwatch.GetTimestamp())) < options.MaxTransactionRetryTime),
                OnRetry = args =>
                {
                    LogRetry(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transaction attempt {Attempt} failed; retrying in {DelayMs:0} ms: {Reason}")]
    private static partial void LogRetry(ILogger logger, int attempt, double delayMs, string? reason);
}
