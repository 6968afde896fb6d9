using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>The global node indices [Start, Start + Count) of one label, known before its table is built.</summary>
internal readonly record struct LabelRange(LabelDef Label, int Start, int Count)
{
    public bool Contains(int node) => node >= Start && node < Start + Count;
}
