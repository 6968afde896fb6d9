using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>
/// Where a node was defined: relationships resolve their ends here and duplicates point back to it.
/// <see cref="Ordinal"/> numbers the nodes of one load from 0, so pairs of nodes make cheap keys.
/// </summary>
internal sealed record NodeEntry(LabelDef Label, string Id, string File, int Line, int Ordinal);

/// <summary>Every node id of the load, across all sets and labels.</summary>
internal sealed class NodeIndex
{
    private readonly Dictionary<string, NodeEntry> _entries = new(StringComparer.Ordinal);

    public NodeEntry? Find(string id) => _entries.GetValueOrDefault(id);

    /// <summary>Registers a node; returns the earlier entry instead when the id is already taken.</summary>
    public NodeEntry? TryAdd(LabelDef label, string id, string file, int line) =>
        _entries.TryAdd(id, new NodeEntry(label, id, file, line, _entries.Count)) ? null : _entries[id];

    /// <summary>Registers a node the files refer to but do not define (a stored one, checked by the writer).</summary>
    public NodeEntry AddStored(LabelDef label, string id)
    {
        var entry = new NodeEntry(label, id, "", 0, _entries.Count);
        _entries.Add(id, entry);
        return entry;
    }
}
