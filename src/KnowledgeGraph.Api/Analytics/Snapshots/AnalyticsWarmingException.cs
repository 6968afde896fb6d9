using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Analytics.Snapshots;

/// <summary>
/// The snapshot of the current data is still being read from the store (at start, or after a write): the request is
/// fine and will answer once the read is done, in about <see cref="RetryAfter"/>. Code <c>ANALYTICS_WARMING</c>.
/// </summary>
public sealed class AnalyticsWarmingException(TimeSpan retryAfter)
    : StoreException(ErrorCode, System.FormattableString.Invariant(
        $"The analytics snapshot of the current data is still being read from the database; the request is fine: retry in {RetrySeconds(retryAfter)} s."))
{
    public const string ErrorCode = "ANALYTICS_WARMING";

    public TimeSpan RetryAfter { get; } = retryAfter;

    public int RetryAfterSeconds => RetrySeconds(RetryAfter);

    private static int RetrySeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
