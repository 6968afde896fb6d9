using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// A connection query compiled once per plan: predicate, order, validated page, projection, aggregates, and which
/// edge cursors to compute. With <see cref="WantsNoNodes"/> the matches are only counted and aggregated, never
/// ordered nor projected. <see cref="Candidates"/> (root connections only): the ascending table rows an index
/// narrowed the filter to, <see cref="Where"/> then being what remains to test on them.
/// </summary>
internal sealed record CompiledConnection(
    LabelTable Table,
    Func<int, bool>? Where,
    ItemOrder Order,
    PageSpec Page,
    bool IncludeTotalCount,
    CompiledProjection Projection,
    AggregateRequest? Aggregate = null,
    bool WantsNoNodes = false,
    EdgeCursors Cursors = EdgeCursors.All,
    int[]? Candidates = null);

/// <summary>
/// The properties to read of a node and its nested relationship selections, with the distinct result keys of both
/// (a key selected twice keeps its first position and its last selection, as dictionary assignment would).
/// </summary>
internal sealed record CompiledProjection(PropertyDef[] Properties, CompiledSelection[] Selections)
{
    /// <summary>For a node whose label the plan gave no projection: its id only.</summary>
    public static CompiledProjection IdOnly { get; } = new([new PropertyDef(GraphSchema.IdProperty, ValueKind.String, "id")], []);

    public string[] PropertyKeys { get; } = [.. Properties.Select(p => p.Name).Distinct(StringComparer.Ordinal)];

    public string[] SelectionKeys { get; } = [.. Selections.Select(s => s.Key).Distinct(StringComparer.Ordinal)];

    /// <summary>The selection that gives each of <see cref="SelectionKeys"/> its value.</summary>
    public CompiledSelection[] SelectionByKey { get; } =
        [.. Selections.Select(s => s.Key).Distinct(StringComparer.Ordinal).Select(key => Selections.Last(s => s.Key == key))];
}

/// <summary>
/// A nested relationship selection: where its nodes come from, its connection and the edge properties wanted.
/// <see cref="Inside"/>: read inside, the nodes come from the parent and every node inside it instead of the adjacency.
/// </summary>
internal sealed record CompiledSelection(
    string Key,
    int SourceStart,
    Adjacency Adjacency,
    RelationshipTable Relationship,
    CompiledConnection Connection,
    string[] EdgeProperties,
    InsideItems? Inside = null)
{
    public string[] EdgePropertyKeys { get; } = [.. EdgeProperties.Distinct(StringComparer.Ordinal)];
}
