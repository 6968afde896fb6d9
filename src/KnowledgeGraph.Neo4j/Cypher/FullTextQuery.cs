using System.Text;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// The Lucene query that finds <c>search</c> candidates in the full-text index over the normalised shadows: every run
/// of letters and digits of the normalised text, as <c>*run*</c>, all required. A shadow that CONTAINS the normalised
/// text holds each of its runs inside one of its index tokens (the analyser splits only at non-alphanumerics and
/// keeps stop words: <c>standard-no-stop-words</c>, Neo4j's default), so the hits are a superset of what the scan's
/// score keeps; the score then decides exactly as on 3.x. Null when the text has no run (the scan is used).
/// </summary>
public static class FullTextQuery
{
    public static string? For(string text)
    {
        var terms = new List<string>();
        var run = new StringBuilder();
        foreach (var c in TextNormalizer.Normalize(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                run.Append(c);
                continue;
            }

            Flush();
        }

        Flush();
        return terms.Count == 0 ? null : string.Join(" AND ", terms);

        void Flush()
        {
            if (run.Length > 0)
                terms.Add("*" + run + "*");
            run.Clear();
        }
    }
}
