using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Embedded.Query;

/// <summary>
/// Ranks nodes per <see cref="SearchRead"/>: display value equal (4), starts with (3), contains (2), description
/// contains (1). The index is sorted by (display value, id), so each score's hits come out already in tie-break order.
/// </summary>
internal sealed class SearchExecutor(GraphIndex graph, ConnectionExecutor projector, CancellationToken cancellationToken)
{
    public IReadOnlyList<SearchHit> Execute(SearchRead read, IReadOnlyDictionary<LabelDef, CompiledProjection> projections)
    {
        if (read.First is < 0 or > PageRequest.MaxPageSize)
        {
            throw new InvalidQueryException("INVALID_PAGINATION", $"'first' must be between 0 and {PageRequest.MaxPageSize}; it was {read.First}.");
        }

        var text = TextNormalizer.Normalize(read.Text);
        if (text.Length == 0 || read.First == 0)
        {
            return [];
        }

        var allowed = read.Labels.Count == 0 ? null : new HashSet<LabelDef>(read.Labels);
        var buckets = new[] { new List<int>(), new List<int>(), new List<int>(), new List<int>() };
        var index = graph.Search;
        var sorted = index.NodesByDisplay;
        for (var k = 0; k < sorted.Length; k++)
        {
            if ((k & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var node = sorted[k];
            if (allowed is not null && !allowed.Contains(graph.Nodes[node].Label))
            {
                continue;
            }

            var score = Score(index.DisplayByNode[node], index.DescriptionByNode[node], text);
            if (score > 0 && buckets[score - 1].Count < read.First)
            {
                buckets[score - 1].Add(node);
            }
        }

        var hits = new List<SearchHit>(read.First);
        for (var score = 4; score >= 1 && hits.Count < read.First; score--)
        {
            foreach (var node in buckets[score - 1].Take(read.First - hits.Count))
            {
                var label = graph.Nodes[node].Label;
                var projection = projections.TryGetValue(label, out var p) ? p : CompiledProjection.IdOnly;
                hits.Add(new SearchHit(projector.Project(node, projection), score));
            }
        }

        return hits;
    }

    private static int Score(string display, string? description, string text) =>
        string.Equals(display, text, StringComparison.Ordinal) ? 4
        : display.StartsWith(text, StringComparison.Ordinal) ? 3
        : display.Contains(text, StringComparison.Ordinal) ? 2
        : description is not null && description.Contains(text, StringComparison.Ordinal) ? 1
        : 0;
}
