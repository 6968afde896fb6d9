namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// Normalised display values and descriptions of every node, and the nodes sorted by (normalised display value, id):
/// the order that breaks ties between search hits of equal score.
/// </summary>
internal sealed class SearchIndex
{
    public SearchIndex(string[] displayByNode, string?[] descriptionByNode, string[] idByNode)
    {
        DisplayByNode = displayByNode;
        DescriptionByNode = descriptionByNode;
        var sorted = new int[displayByNode.Length];
        for (var node = 0; node < sorted.Length; node++)
        {
            sorted[node] = node;
        }

        Array.Sort(sorted, (a, b) =>
        {
            var byDisplay = string.CompareOrdinal(displayByNode[a], displayByNode[b]);
            return byDisplay != 0 ? byDisplay : string.CompareOrdinal(idByNode[a], idByNode[b]);
        });
        NodesByDisplay = sorted;
    }

    public string[] DisplayByNode { get; }

    public string?[] DescriptionByNode { get; }

    public int[] NodesByDisplay { get; }
}
