using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Territories;

/// <summary>
/// The two mistakes in naming a territory, worded the same wherever a territory is expected (<c>within</c> filters,
/// analytics arguments, exports): an unknown one (<c>extensions.suggestions</c>: the closest names) and an ambiguous
/// one (<c>extensions.candidates</c>: <c>[{ id, name, level }]</c>).
/// </summary>
public static class TerritoryErrors
{
    public const string UnknownTerritoryCode = "UNKNOWN_TERRITORY";
    public const string AmbiguousTerritoryCode = "AMBIGUOUS_TERRITORY";
    public const string SuggestionsKey = "suggestions";
    public const string CandidatesKey = "candidates";

    public static InvalidQueryException Unknown(string typed, IReadOnlyList<string> suggestions) =>
        new(UnknownTerritoryCode,
            $"No territory has the name, id or INSEE code \"{typed}\" (a territory is given by its name, e.g. \"Occitanie\", " +
            $"its id, e.g. \"REG-76\", or its INSEE code)." + Suggestions.DidYouMean(suggestions))
        {
            Extensions = new Dictionary<string, object?> { [SuggestionsKey] = suggestions.ToList() },
        };

    public static InvalidQueryException Ambiguous(string typed, IReadOnlyList<TerritoryEntry> candidates) =>
        new(AmbiguousTerritoryCode,
            $"\"{typed}\" names {candidates.Count} territories: " +
            string.Join(", ", candidates.Select(c => $"{c.Name} ({c.Level}, {c.Id})")) +
            ". Give the id of the one you mean.")
        {
            Extensions = new Dictionary<string, object?>
            {
                [CandidatesKey] = candidates
                    .Select(c => new Dictionary<string, object?> { ["id"] = c.Id, ["name"] = c.Name, ["level"] = c.Level })
                    .ToList(),
            },
        };
}
