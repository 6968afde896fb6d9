using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Seed.Internal;

/// <summary>Where a node was defined: relationships resolve their ends here and duplicates point back to it.</summary>
internal sealed record NodeEntry(LabelDef Label, string Id, string File, int Line);

/// <summary>Every node id of the load, across all sets and labels.</summary>
internal sealed class NodeIndex
{
    private readonly Dictionary<string, NodeEntry> _entries = new(StringComparer.Ordinal);

    public NodeEntry? Find(string id) => _entries.GetValueOrDefault(id);

    /// <summary>Registers a node; returns the earlier entry instead when the id is already taken.</summary>
    public NodeEntry? TryAdd(NodeEntry entry) => _entries.TryAdd(entry.Id, entry) ? null : _entries[entry.Id];
}
