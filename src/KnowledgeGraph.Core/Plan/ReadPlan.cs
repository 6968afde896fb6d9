using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Plan;

/// <summary>
/// Everything one GraphQL read operation needs from the store: one entry per root field, keyed by response key.
/// A store executes a whole plan at once (the Neo4j store in one statement).
/// </summary>
public sealed record ReadPlan(IReadOnlyList<RootRead> Roots);

public abstract record RootRead(string Key);

/// <summary>A root collection field such as <c>actors(where:…)</c>.</summary>
public sealed record CollectionRead(string Key, ConnectionQuery Query) : RootRead(Key);

/// <summary><c>node(id:)</c>: one node of any label, projected by the inline fragments that apply to its label.</summary>
public sealed record NodeByIdRead(string Key, string Id, IReadOnlyDictionary<LabelDef, NodeProjection> ProjectionByLabel) : RootRead(Key);

/// <summary>
/// <c>search(text:, labels:, first:)</c> over display names and descriptions, ranked: normalised display value equals the
/// normalised text (score 4), starts with it (3), contains it (2), or only the description contains it (1); ties by
/// normalised display value then id. Labels empty means every label.
/// </summary>
public sealed record SearchRead(
    string Key,
    string Text,
    IReadOnlyList<LabelDef> Labels,
    int First,
    IReadOnlyDictionary<LabelDef, NodeProjection> ProjectionByLabel) : RootRead(Key);
