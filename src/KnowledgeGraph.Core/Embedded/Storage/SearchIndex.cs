using System.Runtime.CompilerServices;

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
        NodesByDisplay = SortByDisplayThenId(displayByNode, idByNode);
    }

    private SearchIndex(string[] displayByNode, string?[] descriptionByNode, int[] nodesByDisplay)
    {
        DisplayByNode = displayByNode;
        DescriptionByNode = descriptionByNode;
        NodesByDisplay = nodesByDisplay;
    }

    public string[] DisplayByNode { get; }

    public string?[] DescriptionByNode { get; }

    public int[] NodesByDisplay { get; }

    /// <summary>An index whose <paramref name="nodesByDisplay"/> is already in (display, id) order.</summary>
    public static SearchIndex Sorted(string[] displayByNode, string?[] descriptionByNode, int[] nodesByDisplay) =>
        new(displayByNode, descriptionByNode, nodesByDisplay);

    /// <summary>The order of <see cref="NodesByDisplay"/>: by display value, then by id (ordinal).</summary>
    public static int Compare(string displayA, string idA, string displayB, string idB)
    {
        var c = string.CompareOrdinal(displayA, displayB);
        return c != 0 ? c : string.CompareOrdinal(idA, idB);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] SortByDisplayThenId(string[] displayByNode, string[] idByNode)
    {
        var sorted = new int[displayByNode.Length];
        for (var node = 0; node < sorted.Length; node++)
        {
            sorted[node] = node;
        }

        // Sorting the display values as keys (they move with the nodes) is much faster than a comparison that looks
        // both up by node; then each run of equal display values is put in id order.
        var keys = (string[])displayByNode.Clone();
        Array.Sort(keys, sorted, StringComparer.Ordinal);
        var byId = Comparer<int>.Create((a, b) => string.CompareOrdinal(idByNode[a], idByNode[b]));
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && string.Equals(keys[end], keys[start], StringComparison.Ordinal))
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(sorted, start, end - start, byId);
            }

            start = end;
        }

        return sorted;
    }
}
