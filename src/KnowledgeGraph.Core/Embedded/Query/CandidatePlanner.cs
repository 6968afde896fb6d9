using System.Numerics;
using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// Narrows a filter's AND operands to candidate rows before any scan: an indexed <c>eq</c>/<c>in</c>
/// (<see cref="CandidateRows"/>), a <c>within</c> (the territories it marks), and a <c>some</c> whose node filter is itself indexed, answered as a semi-join (the
/// matching targets, then their sources through the reverse adjacency). Both are exact, so they leave the filter;
/// the other operands form the residual, tested on the candidates only. Candidate rows are ascending: the order a
/// scan would visit them in.
/// </summary>
internal sealed class CandidatePlanner(GraphIndex graph, FilterCompiler compiler, CancellationToken cancellationToken)
{
    /// <summary>
    /// Candidate rows (null: no index applies, scan everything) and what remains to test on them (null: nothing).
    /// Without <paramref name="joins"/> only the index lookups apply: a scan that may stop after its first matches
    /// can cost less than a semi-join over every matching target.
    /// </summary>
    public (int[]? Rows, Filter? Residual) Plan(Filter? filter, LabelTable table, bool joins = true)
    {
        if (filter is null)
        {
            return (null, null);
        }

        var operands = Conjuncts(filter).ToList();
        int[]? rows = null;
        var residual = new List<Filter>();
        var quantified = new List<RelationshipFilter>();
        foreach (var operand in operands)
        {
            if (IndexedRows(operand, table) is { } selected)
            {
                rows = rows is null ? selected : Intersect(rows, selected);
            }
            else if (joins && operand is RelationshipFilter { Quantifier: Quantifier.Some, EdgeFilter: null, NodeFilter: not null } some
                     && some.Field.Source == table.Label)
            {
                quantified.Add(some);
            }
            else
            {
                residual.Add(operand);
            }
        }

        foreach (var some in quantified)
        {
            if (WorthJoining(some, rows, table))
            {
                rows = SemiJoin(some, table, rows);
            }
            else
            {
                residual.Add(some);
            }
        }

        if (rows is null)
        {
            return (null, filter);
        }

        return (rows, residual.Count switch { 0 => null, 1 => residual[0], _ => new AndFilter(residual) });
    }

    private int[]? IndexedRows(Filter operand, LabelTable table)
    {
        if (!IsWithin(operand, table))
        {
            return CandidateRows.Of(operand, table, graph);
        }

        var within = compiler.Within((WithinFilter)operand, FilterScope.Of(table));
        var rows = new int[within.Count(marked => marked)];
        var at = 0;
        for (var row = 0; row < within.Length; row++)
        {
            if (within[row])
            {
                rows[at++] = row;
            }
        }

        return rows;
    }

    private long? IndexedCount(Filter operand, LabelTable table) => IsWithin(operand, table)
        ? compiler.Within((WithinFilter)operand, FilterScope.Of(table)).Count(marked => marked)
        : CandidateRows.CountOf(operand, table);

    // Elsewhere 'within' is an error, which the residual's compilation reports.
    private bool IsWithin(Filter operand, LabelTable table) => operand is WithinFilter && graph.Territories?.Territories == table;

    private static IEnumerable<Filter> Conjuncts(Filter filter) =>
        filter is AndFilter and ? and.Operands.SelectMany(Conjuncts) : [filter];

    // A semi-join reads the edges of every candidate target; the scan reads those of every candidate source. Join
    // when the target side is the more selective (indexed fraction of the targets <= candidate fraction of the sources).
    private bool WorthJoining(RelationshipFilter some, int[]? rows, LabelTable table)
    {
        var targets = graph.Table(some.Field.Target);
        long? estimate = null;
        foreach (var operand in Conjuncts(some.NodeFilter!))
        {
            if (IndexedCount(operand, targets) is { } count)
            {
                estimate = Math.Min(estimate ?? long.MaxValue, count);
            }
        }

        return estimate is { } e && (rows is null || e * table.Count <= (long)rows.Length * targets.Count);
    }

    /// <summary>The rows (among <paramref name="rows"/> when not null) with a neighbour along the field that matches its node filter.</summary>
    private int[] SemiJoin(RelationshipFilter some, LabelTable table, int[]? rows)
    {
        var relationship = graph.Table(some.Field.Relationship);
        var reverse = relationship.For(some.Field.Direction == Direction.Outgoing ? Direction.Incoming : Direction.Outgoing);
        var targets = graph.Table(some.Field.Target);
        var (targetRows, residual) = Plan(some.NodeFilter, targets);
        var matches = residual is null ? null : compiler.CompileNested(residual, FilterScope.Of(targets));
        var count = targetRows?.Length ?? targets.Count;
        var marked = new ulong[(table.Count + 63) >> 6]; // a bitmap of source rows: no sort, no duplicates
        for (var k = 0; k < count; k++)
        {
            if ((k & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = targetRows is null ? k : targetRows[k];
            if (matches is not null && !matches(targets.Start + row))
            {
                continue;
            }

            for (var slot = reverse.Offsets[row]; slot < reverse.Offsets[row + 1]; slot++)
            {
                var source = reverse.Targets[slot] - table.Start;
                marked[source >> 6] |= 1UL << (source & 63);
            }
        }

        return rows is null ? RowsOf(marked) : Keep(rows, marked);
    }

    private static int[] RowsOf(ulong[] marked)
    {
        var rows = new int[marked.Sum(word => BitOperations.PopCount(word))];
        var at = 0;
        for (var w = 0; w < marked.Length; w++)
        {
            for (var word = marked[w]; word != 0; word &= word - 1)
            {
                rows[at++] = (w << 6) + BitOperations.TrailingZeroCount(word);
            }
        }

        return rows;
    }

    private static int[] Keep(int[] rows, ulong[] marked)
    {
        static bool IsMarked(ulong[] marked, int row) => (marked[row >> 6] & (1UL << (row & 63))) != 0;
        var kept = new int[rows.Count(row => IsMarked(marked, row))];
        var at = 0;
        foreach (var row in rows)
        {
            if (IsMarked(marked, row))
            {
                kept[at++] = row;
            }
        }

        return kept;
    }

    private static int[] Intersect(int[] a, int[] b)
    {
        var both = new int[Merge(a, b, null)];
        Merge(a, b, both);
        return both;
    }

    /// <summary>Counts the rows of both sorted arrays, writing them into <paramref name="output"/> when given.</summary>
    private static int Merge(int[] a, int[] b, int[]? output)
    {
        int i = 0, j = 0, count = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                if (output is not null)
                {
                    output[count] = a[i];
                }

                count++;
                i++;
                j++;
            }
        }

        return count;
    }
}
