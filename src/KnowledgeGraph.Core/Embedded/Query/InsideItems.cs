using KnowledgeGraph.Core.Embedded.Storage;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// The items of a selection read inside (<see cref="Plan.RelationshipSelection.Inside"/>): the nodes related to the
/// parent or to any node inside it. The parent's descendants are walked down the containment (its incoming adjacency,
/// rows of the parent's table); the related nodes of each are gathered, sorted and made distinct, so items are nodes
/// in node order (the natural order of a connection sorted by id), each once.
/// </summary>
internal sealed class InsideItems(int sourceStart, Adjacency children, Adjacency related)
{
    public ItemRange For(int parent, CancellationToken cancellationToken)
    {
        var nodes = new List<int>();
        var seen = new HashSet<int> { parent };
        var pending = new Stack<int>();
        pending.Push(parent);
        while (pending.TryPop(out var node))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = node - sourceStart;
            for (var slot = related.Offsets[row]; slot < related.Offsets[row + 1]; slot++)
            {
                nodes.Add(related.Targets[slot]);
            }

            for (var slot = children.Offsets[row]; slot < children.Offsets[row + 1]; slot++)
            {
                if (seen.Add(children.Targets[slot]))
                {
                    pending.Push(children.Targets[slot]);
                }
            }
        }

        nodes.Sort();
        var distinct = new int[nodes.Count];
        var count = 0;
        foreach (var node in nodes)
        {
            if (count == 0 || distinct[count - 1] != node)
            {
                distinct[count++] = node;
            }
        }

        return new ItemRange(0, count, distinct);
    }
}
