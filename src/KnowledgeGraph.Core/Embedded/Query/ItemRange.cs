namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// The items a connection ranges over, [Start, End): at the root the node indices of a label; nested the adjacency
/// slots of the parent's row, whose node is <c>Targets[slot]</c>. Either way item order is node order (then slot
/// order for parallel relationships, which is their edge-key order), the natural order of a connection sorted by id. At the root, <c>rows</c>
/// (ascending, relative to Start) may narrow the items to candidates: the visit order stays the same.
/// </summary>
internal readonly struct ItemRange(int start, int end, int[]? targets, int[]? rows = null)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    /// <summary>How many items are visited: the candidates when narrowed, else the whole range.</summary>
    public int Length => rows?.Length ?? End - Start;

    /// <summary>The item visited at <paramref name="position"/> (0 &lt;= position &lt; <see cref="Length"/>), ascending.</summary>
    public int ItemAt(int position) => rows is null ? Start + position : Start + rows[position];

    /// <summary>Adjacency targets by slot, or null when items are nodes.</summary>
    public int[]? Targets { get; } = targets;

    public int NodeOf(int item) => Targets is null ? item : Targets[item];
}

/// <summary>The order of items under a connection's order; items of the same node (parallel edges) compare by slot, so by edge key.</summary>
internal readonly struct ItemComparer(ItemOrder order, int[]? targets) : IComparer<int>
{
    public int Compare(int a, int b)
    {
        var c = targets is null ? order.Compare(a, b) : order.Compare(targets[a], targets[b]);
        return c != 0 ? c : a.CompareTo(b);
    }
}

/// <summary>The reverse of another comparer.</summary>
internal readonly struct Descending<TComparer>(TComparer inner) : IComparer<int>
    where TComparer : IComparer<int>
{
    public int Compare(int a, int b) => inner.Compare(b, a);
}
