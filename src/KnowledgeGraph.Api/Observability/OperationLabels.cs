using System.Collections.Concurrent;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// Operation names as metric labels: clients choose them, so the number of distinct labels is capped and names
/// beyond the cap are counted as <c>other</c>. An anonymous operation is <c>anonymous</c>; an unparsable one <c>unknown</c>.
/// </summary>
public sealed class OperationLabels
{
    public const int MaxDistinct = 200;
    public const string Anonymous = "anonymous";
    public const string Unknown = "unknown";
    public const string Other = "other";

    private readonly ConcurrentDictionary<string, bool> seen = new(StringComparer.Ordinal);

    /// <param name="name">The selected operation's name (a valid GraphQL name), null if anonymous.</param>
    /// <param name="parsed">False when the request did not parse or named no operation of its document.</param>
    public string Of(string? name, bool parsed)
    {
        if (!parsed)
            return Unknown;
        if (name is null)
            return Anonymous;
        if (seen.ContainsKey(name) || (seen.Count < MaxDistinct && seen.TryAdd(name, true)))
            return name;
        return Other;
    }
}
