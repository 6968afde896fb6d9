using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Analytics;

/// <summary>The stable error codes of the analytics functions, raised as <see cref="InvalidQueryException"/>.</summary>
public static class AnalyticsErrors
{
    public const string UnknownIdCode = "UNKNOWN_ID";
    public const string InvalidArgumentCode = "INVALID_ARGUMENT";

    /// <summary>
    /// <c>UNKNOWN_ID</c>: "No node has the id 'x'.", followed by the closest of <paramref name="candidates"/> (the ids
    /// that would have been accepted) as a "did you mean" sentence.
    /// </summary>
    public static InvalidQueryException UnknownId(string id, string what = "node", IEnumerable<string>? candidates = null) =>
        new(UnknownIdCode, $"No {what} has the id '{id}'." + Suggestions.DidYouMean(candidates is null ? [] : Suggestions.Closest(id, candidates)));

    public static InvalidQueryException InvalidArgument(string message) => new(InvalidArgumentCode, message);

    public static void RequireRange(string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw InvalidArgument($"'{name}' must be between {min} and {max} (got {value}).");
        }
    }
}
