namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// Finds a node's index by its id without a hash table: the ids of each label are a sorted range of
/// <see cref="GraphIndex.Ids"/>, so a lookup skips the labels whose first and last ids do not enclose it (label ids
/// have distinct prefixes, so usually all but one) and binary-searches the rest. Nothing to rebuild when a write moves
/// node indices: it reads the index's own ids.
/// </summary>
internal sealed class NodeIdIndex(string[] ids, (int Start, int End)[] ranges)
{
    public int this[string id] => TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"No node has the id '{id}'.");

    public bool TryGetValue(string id, out int node)
    {
        foreach (var (start, end) in ranges)
        {
            if (start == end
                || string.CompareOrdinal(id, ids[start]) < 0
                || string.CompareOrdinal(id, ids[end - 1]) > 0)
            {
                continue;
            }

            var found = Array.BinarySearch(ids, start, end - start, id, StringComparer.Ordinal);
            if (found >= 0)
            {
                node = found;
                return true;
            }
        }

        node = -1;
        return false;
    }
}
