using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// The PART_OF hierarchy: for each territory the precomputed set of its ancestors (any depth), as territory rows (so
/// that it stays valid when the nodes of another label move the territories' global indices).
/// </summary>
internal sealed class TerritoryHierarchy
{
    private readonly LabelTable _territories;
    private readonly int[][] _ancestorsByRow;

    private TerritoryHierarchy(LabelTable territories, int[][] ancestorsByRow)
    {
        _territories = territories;
        _ancestorsByRow = ancestorsByRow;
    }

    public TerritoryHierarchy(LabelTable territories, Adjacency parents)
    {
        _territories = territories;
        _ancestorsByRow = new int[territories.Count][];
        var seen = new HashSet<int>();
        var pending = new Stack<int>();
        for (var row = 0; row < territories.Count; row++)
        {
            seen.Clear();
            pending.Push(territories.Start + row);
            while (pending.TryPop(out var node))
            {
                var r = node - territories.Start;
                for (var slot = parents.Offsets[r]; slot < parents.Offsets[r + 1]; slot++)
                {
                    if (seen.Add(parents.Targets[slot]))
                    {
                        pending.Push(parents.Targets[slot]);
                    }
                }
            }

            seen.Remove(territories.Start + row);
            _ancestorsByRow[row] = [.. seen.Select(node => node - territories.Start)];
        }
    }

    public LabelTable Territories => _territories;

    /// <summary>The same hierarchy over a table whose rows are those of this one (only its place in the index moved).</summary>
    public TerritoryHierarchy WithTable(LabelTable territories) => new(territories, _ancestorsByRow);

    /// <summary>The ancestors of each row, for comparing two hierarchies in tests.</summary>
    internal IReadOnlyList<int[]> AncestorRows => _ancestorsByRow;

    /// <summary>Marks, by territory row, the territories that are one of <paramref name="ids"/> or lie inside one of them.</summary>
    public bool[] Within(IReadOnlyList<string> ids, NodeIdIndex nodeById)
    {
        var chosen = new bool[_territories.Count];
        foreach (var id in ids)
        {
            if (!nodeById.TryGetValue(id, out var node) || !_territories.Contains(node))
            {
                throw new InvalidQueryException("UNKNOWN_ID", $"'{id}' is not the id of a territory.");
            }

            chosen[node - _territories.Start] = true;
        }

        var within = new bool[_territories.Count];
        for (var row = 0; row < within.Length; row++)
        {
            within[row] = chosen[row] || AnyChosen(_ancestorsByRow[row], chosen);
        }

        return within;
    }

    private bool AnyChosen(int[] ancestors, bool[] chosen)
    {
        foreach (var ancestor in ancestors)
        {
            if (chosen[ancestor])
            {
                return true;
            }
        }

        return false;
    }
}
