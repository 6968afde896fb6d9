namespace KnowledgeGraph.Core.Plan;

/// <summary>
/// Relay paging: <see cref="First"/> after the <see cref="After"/> cursor, or <see cref="Last"/> before the
/// <see cref="Before"/> cursor. Cursors are opaque strings issued by the store.
/// </summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    public static PageRequest Default { get; } = new(First: DefaultPageSize);
}
