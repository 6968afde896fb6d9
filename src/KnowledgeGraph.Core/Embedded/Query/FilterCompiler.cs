using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>Compiles a filter tree once per query into a predicate over item indices (see <see cref="FilterScope"/>).</summary>
internal sealed class FilterCompiler(GraphIndex graph, CancellationToken cancellationToken)
{
    private static readonly Func<int, bool> Always = _ => true;
    private static readonly Func<int, bool> Never = _ => false;
    private Dictionary<string, bool[]>? _within;

    /// <summary>The predicate of <paramref name="filter"/>, or null when there is no filter (every item matches).</summary>
    public Func<int, bool>? Compile(Filter? filter, FilterScope scope) => filter is null ? null : CompileFilter(filter, scope);

    private Func<int, bool> CompileFilter(Filter filter, FilterScope scope) => filter switch
    {
        AndFilter and => CompileAnd(and.Operands, scope),
        OrFilter or => CompileOr(or.Operands, scope),
        NotFilter not => Negate(CompileFilter(not.Operand, scope)),
        PropertyFilter property => CompileProperty(property, scope),
        RelationshipFilter relationship => new RelationshipPredicateCompiler(graph, this, cancellationToken).Compile(relationship, scope),
        CountFilter count => new RelationshipPredicateCompiler(graph, this, cancellationToken).Compile(count, scope),
        WithinFilter within => CompileWithin(within, scope),
        _ => throw new InvalidQueryException("INVALID_FILTER", $"Unknown filter {filter.GetType().Name}."),
    };

    internal Func<int, bool> CompileNested(Filter filter, FilterScope scope) => CompileFilter(filter, scope);

    private Func<int, bool> CompileAnd(IReadOnlyList<Filter> operands, FilterScope scope)
    {
        var parts = CheapFirst(operands).Select(f => CompileFilter(f, scope)).ToArray();
        return parts.Length switch
        {
            0 => Always,
            1 => parts[0],
            2 => Both(parts[0], parts[1]),
            _ => i => AllHold(parts, i),
        };
    }

    private Func<int, bool> CompileOr(IReadOnlyList<Filter> operands, FilterScope scope)
    {
        var parts = CheapFirst(operands).Select(f => CompileFilter(f, scope)).ToArray();
        return parts.Length switch
        {
            0 => Never,
            1 => parts[0],
            2 => Either(parts[0], parts[1]),
            _ => i => AnyHolds(parts, i),
        };
    }

    private static bool AllHold(Func<int, bool>[] parts, int item)
    {
        foreach (var part in parts)
        {
            if (!part(item))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyHolds(Func<int, bool>[] parts, int item)
    {
        foreach (var part in parts)
        {
            if (part(item))
            {
                return true;
            }
        }

        return false;
    }

    private static Func<int, bool> Both(Func<int, bool> a, Func<int, bool> b) => i => a(i) && b(i);

    private static Func<int, bool> Either(Func<int, bool> a, Func<int, bool> b) => i => a(i) || b(i);

    private static Func<int, bool> Negate(Func<int, bool> predicate) => i => !predicate(i);

    // The logic is pure, so operands may run in any order: property tests before traversals.
    private static IEnumerable<Filter> CheapFirst(IReadOnlyList<Filter> operands) => operands.OrderBy(Cost);

    private static int Cost(Filter filter) => filter switch
    {
        RelationshipFilter or CountFilter => 2,
        AndFilter and => and.Operands.Count == 0 ? 0 : and.Operands.Max(Cost),
        OrFilter or => or.Operands.Count == 0 ? 0 : or.Operands.Max(Cost),
        NotFilter not => Cost(not.Operand),
        _ => 0,
    };

    private static Func<int, bool> CompileProperty(PropertyFilter filter, FilterScope scope)
    {
        if (!scope.Columns.TryGetValue(filter.Property.Name, out var column))
        {
            throw new InvalidQueryException("INVALID_FILTER", $"{scope.Name} has no property '{filter.Property.Name}'.");
        }

        return column.Predicate(filter.Operator, filter.Value, scope.Offset);
    }

    private Func<int, bool> CompileWithin(WithinFilter filter, FilterScope scope)
    {
        var within = Within(filter, scope);
        var start = scope.Offset;
        return i => within[i - start];
    }

    /// <summary>Marks, by territory row, the territories a <see cref="WithinFilter"/> selects (memoised per query).</summary>
    internal bool[] Within(WithinFilter filter, FilterScope scope)
    {
        var hierarchy = graph.Territories;
        if (hierarchy is null || scope.Nodes != hierarchy.Territories)
        {
            throw new InvalidQueryException("INVALID_FILTER", $"'within' does not apply to {scope.Name}.");
        }

        var key = string.Join('\n', filter.TerritoryIds);
        _within ??= new Dictionary<string, bool[]>(StringComparer.Ordinal);
        if (!_within.TryGetValue(key, out var within))
        {
            within = hierarchy.Within(filter.TerritoryIds, graph.NodeById);
            _within[key] = within; // the same 'within' often appears in a root filter and again in a nested one
        }

        return within;
    }
}
