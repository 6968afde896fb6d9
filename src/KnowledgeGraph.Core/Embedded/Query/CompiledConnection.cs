using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// A connection query compiled once per plan: predicate, order, validated page, projection, aggregates. With
/// <see cref="WantsNoNodes"/> the matches are only counted and aggregated, never ordered nor projected.
/// </summary>
internal sealed record CompiledConnection(
    LabelTable Table,
    Func<int, bool>? Where,
    ItemOrder Order,
    PageSpec Page,
    bool IncludeTotalCount,
    CompiledProjection Projection,
    AggregateRequest? Aggregate = null,
    bool WantsNoNodes = false);

/// <summary>The properties to read of a node and its nested relationship selections.</summary>
internal sealed record CompiledProjection(PropertyDef[] Properties, CompiledSelection[] Selections)
{
    /// <summary>For a node whose label the plan gave no projection: its id only.</summary>
    public static CompiledProjection IdOnly { get; } = new([new PropertyDef(GraphSchema.IdProperty, ValueKind.String, "id")], []);
}

/// <summary>A nested relationship selection: where its nodes come from, its connection and the edge properties wanted.</summary>
internal sealed record CompiledSelection(
    string Key,
    int SourceStart,
    Adjacency Adjacency,
    RelationshipTable Relationship,
    CompiledConnection Connection,
    string[] EdgeProperties);
