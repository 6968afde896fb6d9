using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// Builds the table of one label from its range of sorted nodes: one pass over each node's property map fills every
/// column (properties the label does not declare are ignored); <c>id</c> comes from the node itself.
/// </summary>
internal static class LabelTableBuilder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LabelTable Build(LabelDef label, NodeRecord[] nodes, int start, int count)
    {
        var builders = label.Properties.Select(p => ColumnBuilder.For(p, count)).ToArray();
        var router = new PropertyRouter(builders.Where(b => b.Property.Name != GraphSchema.IdProperty));
        var id = builders.FirstOrDefault(b => b.Property.Name == GraphSchema.IdProperty);
        for (var row = 0; row < count; row++)
        {
            var node = nodes[start + row];
            id?.Set(row, node.Id);
            router.Fill(row, node.Properties);
        }

        var columns = builders.ToDictionary(b => b.Property.Name, b => b.Build(), StringComparer.Ordinal);
        var indexes = columns.Values
            .Where(c => c is StringColumn && c.Property is { Kind: ValueKind.Enum, IsList: false })
            .ToDictionary(c => c.Property.Name, c => EqualityIndex.Build(((StringColumn)c).Values), StringComparer.Ordinal);
        return new LabelTable(label, start, count, columns, indexes);
    }
}
