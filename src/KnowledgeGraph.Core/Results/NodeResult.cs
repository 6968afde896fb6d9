using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Results;

/// <summary>
/// A projected node: the requested properties (absent keys mean null) and the nested connections, keyed by the
/// selection's response key.
/// </summary>
public sealed record NodeResult(
    LabelDef Label,
    string Id,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyDictionary<string, ConnectionResult> Relationships);
