using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Api.Limits;

/// <summary>
/// What one client may ask of the API, bound from the configuration section <c>KnowledgeGraph:Limits</c>.
/// The defaults suit production; the cost model behind <see cref="MaxCost"/> is described in <c>Limits/README.md</c>.
/// </summary>
public sealed class LimitsOptions
{
    public const string SectionName = "KnowledgeGraph:Limits";

    /// <summary>The deepest field nesting of an operation (root fields are level 1; <c>ofType</c> adds no level).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// The highest estimated cost of an operation: an upper bound of the objects it can return, where a paged field
    /// multiplies its children by its page size. The flagship query costs 260,101; nested <c>first: 1000</c> pages pass a million.
    /// </summary>
    public int MaxCost { get; set; } = 500_000;

    /// <summary>How many aliased fields one document may hold.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>How many operations one document may hold.</summary>
    public int MaxOperations { get; set; } = 5;

    /// <summary>The largest <c>first</c>/<c>last</c>; never above what the stores serve (<see cref="PageRequest.MaxPageSize"/>).</summary>
    public int MaxPageSize { get; set; } = PageRequest.MaxPageSize;

    /// <summary>
    /// The most lexical tokens (names, punctuation, values, comments) a document may hold; counted before parsing, so a
    /// larger one costs only a linear scan. GraphiQL's schema query holds about 300; the flagship query about 200.
    /// </summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>The most selections (fields, repeated ones included, and fragments) in any one selection set.</summary>
    public int MaxSelectionsPerSet { get; set; } = 200;

    /// <summary>
    /// The most selections of an operation once its fragments are expanded (a fragment spread twice counts twice):
    /// GraphiQL's schema query holds about 150.
    /// </summary>
    public int MaxSelections { get; set; } = 5_000;

    /// <summary>The most fragment definitions in a document (GraphiQL's schema query holds 3).</summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>The most directives at any one place (a field, a fragment, an operation, a variable).</summary>
    public int MaxDirectivesPerLocation { get; set; } = 10;

    /// <summary>The most directives in a whole document.</summary>
    public int MaxDirectives { get; set; } = 500;

    /// <summary>The most errors one response carries; a last error (<c>ERRORS_TRUNCATED</c>) says how many more were dropped.</summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>A POST body larger than this is refused with 413 <c>PAYLOAD_TOO_LARGE</c>.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>An operation still running after this long is cancelled, store work included (<c>QUERY_TIMEOUT</c>).</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests one client may send to the GraphQL endpoint per <see cref="RateLimitWindow"/>; 0 turns the limit off.</summary>
    public int RateLimitPermits { get; set; } = 600;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Requests one client may have running at once at the GraphQL endpoint, the exports, the analytics and imports
    /// (streams have their own limit, <c>Subscriptions:MaxConnectionsPerClient</c>); 0 turns the limit off. By default
    /// twice the cores, at least 4: one client's parallel flood cannot take every core from the others.
    /// </summary>
    public int MaxConcurrentRequestsPerClient { get; set; } = Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>
    /// A client's requests beyond <see cref="MaxConcurrentRequestsPerClient"/> wait, oldest first, up to this many and at
    /// most <see cref="QueryTimeout"/>; past that they are refused (429 <c>TOO_MANY_CONCURRENT_REQUESTS</c>).
    /// </summary>
    public int MaxQueuedRequestsPerClient { get; set; } = 32;

    /// <summary>
    /// Thread-pool worker threads kept ready per core (0 leaves the runtime's default, one per core). With one per core,
    /// a short request waits in the pool's queue behind every long one; with more, the operating system shares the cores
    /// between them and the short one is served in its turn (<c>Limits/Fairness</c>).
    /// </summary>
    public int MinWorkerThreadsPerCore { get; set; } = 4;

    /// <summary>
    /// Threads that run the analytics' CPU-heavy work (graph-wide scores, communities, networks, paths, neighbourhoods),
    /// which queues for them (<c>Limits/Fairness/HeavyWorkLane</c>). By default one core fewer than the machine has, at
    /// least 1: a core stays free for ordinary requests however many analytics are asked for at once.
    /// </summary>
    public int HeavyWorkThreads { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>
    /// The nice value of the heavy-work threads (0–19; 0 leaves them at the priority of ordinary requests). At 10, the
    /// default, the analytics take the cores that ordinary requests leave idle and yield them when a request needs one
    /// (Linux: per thread; Windows: a lower thread priority).
    /// </summary>
    public int HeavyWorkNice { get; set; } = 10;

    /// <summary>Answer <c>__schema</c> and <c>__type</c>. On by default: journalists explore the schema in GraphiQL.</summary>
    public bool IntrospectionEnabled { get; set; } = true;
}
