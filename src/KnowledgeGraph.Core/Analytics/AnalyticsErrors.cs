using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Analytics;

/// <summary>The stable error codes of the analytics functions, raised as <see cref="InvalidQueryException"/>.</summary>
public static class AnalyticsErrors
{
    public const string UnknownIdCode = "UNKNOWN_ID";
    public const string InvalidArgumentCode = "INVALID_ARGUMENT";

    public static InvalidQueryException UnknownId(string id, string what = "node") =>
        new(UnknownIdCode, $"No {what} has the id '{id}'.");

    public static InvalidQueryException InvalidArgument(string message) => new(InvalidArgumentCode, message);

    public static void RequireRange(string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw InvalidArgument($"'{name}' must be between {min} and {max} (got {value}).");
        }
    }
}
