using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// The nodes of one label: a contiguous range [Start, Start + Count) of global node indices, sorted by id, so that
/// the index order is the id order. Columns are indexed by row = node index - Start. <see cref="EqualityIndexes"/>
/// holds, by property name, the value index of each single-valued enum property.
/// </summary>
internal sealed class LabelTable(
    LabelDef label,
    int start,
    int count,
    IReadOnlyDictionary<string, Column> columns,
    IReadOnlyDictionary<string, EqualityIndex> equalityIndexes)
{
    public LabelDef Label { get; } = label;

    public int Start { get; } = start;

    public int Count { get; } = count;

    public int End => Start + Count;

    public IReadOnlyDictionary<string, Column> Columns { get; } = columns;

    public IReadOnlyDictionary<string, EqualityIndex> EqualityIndexes { get; } = equalityIndexes;

    public bool Contains(int node) => node >= Start && node < End;
}
