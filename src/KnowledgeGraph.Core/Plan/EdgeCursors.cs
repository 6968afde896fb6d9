namespace KnowledgeGraph.Core.Plan;

/// <summary>
/// Which edge cursors of a connection the response reads (see <see cref="ConnectionQuery.Cursors"/>). A store may
/// compute more than asked; an edge whose cursor it leaves out carries the empty string.
/// </summary>
public enum EdgeCursors
{
    /// <summary>Every edge's cursor (the default: <c>edges { cursor }</c> is selected, or the planner does not say).</summary>
    All,

    /// <summary>
    /// Only the first and the last edge's cursors: what <c>pageInfo { startCursor endCursor }</c> reads through
    /// <see cref="Results.ConnectionResult.StartCursor"/> and <see cref="Results.ConnectionResult.EndCursor"/>.
    /// </summary>
    PageEnds,

    /// <summary>No cursor at all: neither <c>edges { cursor }</c> nor a start or end cursor is selected.</summary>
    None,
}
