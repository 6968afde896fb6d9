using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// The values of a sort key through a relationship, per row of the source table: the relationship count, or the
/// smallest (ascending) / largest (descending) present value of the related nodes' property (see <see cref="OrderKeyKind"/>).
/// </summary>
internal static class RelatedSortValues
{
    public static object?[] Compute(GraphIndex graph, LabelTable table, OrderKey key)
    {
        var through = key.Through ?? throw Invalid(table, key);
        if (through.Source != table.Label)
        {
            throw Invalid(table, key);
        }

        var adjacency = graph.Table(through.Relationship).For(through.Direction);
        var values = new object?[table.Count];
        if (key.Kind == OrderKeyKind.Count)
        {
            for (var row = 0; row < values.Length; row++)
            {
                values[row] = (double)(adjacency.Offsets[row + 1] - adjacency.Offsets[row]);
            }

            return values;
        }

        var targets = graph.Table(through.Target);
        if (!OrderKey.IsSortableThrough(key.Property) || !targets.Columns.TryGetValue(key.Property.Name, out var column))
        {
            throw Invalid(table, key);
        }

        var sign = key.Direction == SortDirection.Descending ? -1 : 1;
        for (var row = 0; row < values.Length; row++)
        {
            object? best = null;
            for (var slot = adjacency.Offsets[row]; slot < adjacency.Offsets[row + 1]; slot++)
            {
                var value = column.SortValue(adjacency.Targets[slot] - targets.Start);
                if (value is not null && (best is null || sign * SortKeyComparer.CompareValues(value, best) < 0))
                {
                    best = value;
                }
            }

            values[row] = best;
        }

        return values;
    }

    private static InvalidQueryException Invalid(LabelTable table, OrderKey key) =>
        new("INVALID_ORDER", $"{table.Label.Name} cannot be sorted by '{key.Path}'.");
}
