using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// Compiles a <see cref="RelationshipFilter"/>: walks the node's adjacency slots and applies the quantifier, stopping
/// as soon as the answer is known. A target filter that itself traverses is memoised per target node for the query.
/// </summary>
internal sealed class RelationshipPredicateCompiler(GraphIndex graph, FilterCompiler compiler, CancellationToken cancellationToken)
{
    public Func<int, bool> Compile(RelationshipFilter filter, FilterScope scope)
    {
        var (offsets, start, slotMatches, targets, nodeMatches) = Slots(filter.Field, filter.NodeFilter, filter.EdgeFilter, scope);
        if (filter.EdgeFilter is null && nodeMatches is not null && filter.Quantifier is Quantifier.Some or Quantifier.None)
        {
            // The common case without a slot-level indirection: does any neighbour match?
            return filter.Quantifier == Quantifier.Some
                ? i => AnyNeighbour(offsets, targets, i - start, nodeMatches)
                : i => !AnyNeighbour(offsets, targets, i - start, nodeMatches);
        }

        return filter.Quantifier switch
        {
            Quantifier.Some => i => CountUpTo(offsets, i - start, slotMatches, 1) >= 1,
            Quantifier.None => i => CountUpTo(offsets, i - start, slotMatches, 1) == 0,
            Quantifier.Single => i => CountUpTo(offsets, i - start, slotMatches, 2) == 1,
            Quantifier.All => i => AllMatch(offsets, i - start, slotMatches),
            _ => throw new InvalidQueryException("INVALID_FILTER", $"Unknown quantifier {filter.Quantifier}."),
        };
    }

    /// <summary>A <see cref="CountFilter"/>: counts the matching slots, stopping once no comparison can change.</summary>
    public Func<int, bool> Compile(CountFilter filter, FilterScope scope)
    {
        if (filter.Comparisons.Count == 0 || filter.Comparisons.Any(c => !CountComparison.IsAllowed(c.Operator)))
        {
            throw new InvalidQueryException("INVALID_FILTER", $"A count filter on {filter.Field} needs comparisons among eq, neq, gt, gte, lt, lte.");
        }

        var (offsets, start, slotMatches, _, _) = Slots(filter.Field, filter.NodeFilter, filter.EdgeFilter, scope);
        var comparisons = filter.Comparisons.ToArray();
        // Past the largest compared value + 1, a larger count answers every comparison the same way.
        var limit = (int)Math.Min(int.MaxValue, Math.Max(0, comparisons.Max(c => c.Value)) + 1);
        return i => AllHold(comparisons, CountUpTo(offsets, i - start, slotMatches, limit));
    }

    private (int[] Offsets, int Start, Func<int, bool> SlotMatches, int[] Targets, Func<int, bool>? NodeMatches) Slots(
        RelationshipField field, Filter? nodeFilter, Filter? edgeFilter, FilterScope scope)
    {
        if (scope.Nodes is null || scope.Nodes.Label != field.Source)
        {
            throw new InvalidQueryException("INVALID_FILTER", $"The relationship field {field} does not start at {scope.Name}.");
        }

        var relationship = graph.Table(field.Relationship);
        var adjacency = relationship.For(field.Direction);
        var targets = graph.Table(field.Target);
        var nodeMatches = nodeFilter is null ? null : Memoise(compiler.CompileNested(nodeFilter, FilterScope.Of(targets)), nodeFilter, targets);
        var edgeMatches = edgeFilter is null ? null : compiler.CompileNested(edgeFilter, FilterScope.Of(relationship));
        Func<int, bool> slotMatches = (nodeMatches, edgeMatches) switch
        {
            (null, null) => _ => true,
            ({ } n, null) => slot => n(adjacency.Targets[slot]),
            (null, { } e) => slot => e(adjacency.Edges[slot]),
            ({ } n, { } e) => slot => n(adjacency.Targets[slot]) && e(adjacency.Edges[slot]),
        };
        return (adjacency.Offsets, scope.Offset, slotMatches, adjacency.Targets, nodeMatches);
    }

    private static bool AnyNeighbour(int[] offsets, int[] targets, int row, Func<int, bool> nodeMatches)
    {
        for (var slot = offsets[row]; slot < offsets[row + 1]; slot++)
        {
            if (nodeMatches(targets[slot]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllHold(CountComparison[] comparisons, int count)
    {
        foreach (var comparison in comparisons)
        {
            if (!comparison.Holds(count))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountUpTo(int[] offsets, int row, Func<int, bool> matches, int limit)
    {
        var count = 0;
        for (var slot = offsets[row]; slot < offsets[row + 1] && count < limit; slot++)
        {
            if (matches(slot))
            {
                count++;
            }
        }

        return count;
    }

    private static bool AllMatch(int[] offsets, int row, Func<int, bool> matches)
    {
        for (var slot = offsets[row]; slot < offsets[row + 1]; slot++)
        {
            if (!matches(slot))
            {
                return false;
            }
        }

        return true;
    }

    private Func<int, bool> Memoise(Func<int, bool> predicate, Filter filter, LabelTable targets)
    {
        if (!Traverses(filter))
        {
            return predicate;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var known = new sbyte[targets.Count]; // 0 unknown, 1 true, -1 false
        var start = targets.Start;
        return node =>
        {
            ref var state = ref known[node - start];
            if (state == 0)
            {
                state = predicate(node) ? (sbyte)1 : (sbyte)-1;
            }

            return state > 0;
        };
    }

    private static bool Traverses(Filter filter) => filter switch
    {
        RelationshipFilter or CountFilter => true,
        AndFilter and => and.Operands.Any(Traverses),
        OrFilter or => or.Operands.Any(Traverses),
        NotFilter not => Traverses(not.Operand),
        _ => false,
    };
}
