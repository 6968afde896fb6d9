using System.Collections.Frozen;
using KnowledgeGraph.Api.Subscriptions.Changes;

namespace KnowledgeGraph.Api.Subscriptions.Schema;

/// <summary>
/// What one subscriber follows: given ids, a neighbourhood (its nodes, and its inner nodes: those less than
/// <c>depth</c> relationships from the start), and/or labels. A node change concerns it when the node is followed; a
/// relationship change when it touches an followed id or an inner node, or joins two nodes of the neighbourhood (that
/// is exactly when the neighbourhood's nodes or relationships change). No scope follows the whole graph.
/// </summary>
internal sealed record ChangeScope(
    FrozenSet<string>? Ids,
    FrozenSet<string>? Neighborhood,
    FrozenSet<string>? Inner,
    FrozenSet<string>? Labels)
{
    private bool Scoped => Ids is not null || Neighborhood is not null;

    /// <summary>The part of the change that concerns this scope, or null when nothing does.</summary>
    public GraphChange? Select(GraphChange change)
    {
        var nodes = change.Nodes.Where(Concerns).ToList();
        var relationships = change.Relationships.Where(Concerns).ToList();
        if (nodes.Count == 0 && relationships.Count == 0)
            return null;
        return nodes.Count == change.Nodes.Count && relationships.Count == change.Relationships.Count
            ? change
            : change.With(nodes, relationships);
    }

    /// <summary>
    /// The scope once the change is applied, as far as it can tell without the graph: the ends of a relationship linked
    /// to an inner node are in the neighbourhood (a recomputation from the graph then makes it exact).
    /// </summary>
    public ChangeScope Grown(GraphChange change)
    {
        if (Neighborhood is null)
            return this;
        var joined = change.Relationships
            .Where(r => r.Change == RelationshipChangeKind.Linked && (In(Inner, r.StartId) || In(Inner, r.EndId)))
            .SelectMany(r => new[] { r.StartId, r.EndId })
            .Where(id => !Neighborhood.Contains(id))
            .ToList();
        return joined.Count == 0 ? this : this with { Neighborhood = Neighborhood.Concat(joined).ToFrozenSet(StringComparer.Ordinal) };
    }

    private bool Concerns(ChangedNode node) =>
        HasLabel(node.Label) && (!Scoped || In(Ids, node.Id) || In(Neighborhood, node.Id));

    private bool Concerns(ChangedRelationship relationship) =>
        (HasLabel(relationship.StartLabel) || HasLabel(relationship.EndLabel))
        && (!Scoped
            || In(Ids, relationship.StartId) || In(Ids, relationship.EndId)
            || In(Inner, relationship.StartId) || In(Inner, relationship.EndId)
            || (In(Neighborhood, relationship.StartId) && In(Neighborhood, relationship.EndId)));

    private bool HasLabel(string? label) => Labels is null || (label is not null && Labels.Contains(label));

    private static bool In(FrozenSet<string>? set, string id) => set is not null && set.Contains(id);
}
