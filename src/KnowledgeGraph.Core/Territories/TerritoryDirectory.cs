using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Territories;

/// <summary>
/// Every territory by what a user may type for it: its id in any case ("reg-76", "REG 76"), its INSEE code ("76"
/// is both the region Occitanie and the department Seine-Maritime, so it is ambiguous), or its name ignoring case,
/// accents, hyphens, apostrophes and spacing ("cote d’or" = "Côte-d'Or", folded by <see cref="Suggestions.Fold"/>).
/// Built once per data version (immutable); <see cref="Resolve"/> answers the id or throws
/// <see cref="TerritoryErrors"/>' UNKNOWN_TERRITORY (with the closest names) or AMBIGUOUS_TERRITORY (with the candidates).
/// </summary>
public sealed class TerritoryDirectory
{
    private static readonly ConditionalWeakTable<GraphView, TerritoryDirectory> ByView = new();
    private static readonly string[] LevelOrder = [.. DomainEnums.TerritoryLevel.Values];

    private readonly Dictionary<string, TerritoryEntry> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TerritoryEntry> _byFoldedId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TerritoryEntry>> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<TerritoryEntry>> _byName = new(StringComparer.Ordinal);
    private readonly List<string> _names;

    public TerritoryDirectory(IEnumerable<TerritoryEntry> territories)
    {
        ArgumentNullException.ThrowIfNull(territories);
        // Bigger territories first (country, regions, departments…), so that candidates and ties read in that order.
        var ordered = territories
            .OrderBy(t => LevelRank(t.Level))
            .ThenBy(t => TextNormalizer.Normalize(t.Name), StringComparer.Ordinal)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var territory in ordered)
        {
            _byId[territory.Id] = territory;
            _byFoldedId.TryAdd(Suggestions.Fold(territory.Id), territory);
            if (territory.InseeCode is { Length: > 0 } code)
            {
                Add(_byCode, code.Trim(), territory);
            }

            Add(_byName, Suggestions.Fold(territory.Name), territory);
        }

        _names = [.. ordered.Select(t => t.Name).Distinct(StringComparer.Ordinal)];
        Count = ordered.Count;
    }

    /// <summary>How many territories it knows.</summary>
    public int Count { get; }

    /// <summary>The directory of a snapshot's territories, built once per view.</summary>
    public static TerritoryDirectory Of(GraphView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return ByView.GetValue(view, v => new TerritoryDirectory(v.Nodes
            .Where(n => n.Label == DomainLabels.Territory)
            .Select(n => new TerritoryEntry(n.Id, Text(n.Properties, "name") ?? n.Id, Text(n.Properties, "level") ?? "",
                Text(n.Properties, "inseeCode")))));
    }

    /// <summary>The id of the territory <paramref name="typed"/> names; UNKNOWN_TERRITORY or AMBIGUOUS_TERRITORY otherwise.</summary>
    public string Resolve(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        return Find(typed, out var candidates) is { } found ? found.Id
            : candidates.Count > 1 ? throw TerritoryErrors.Ambiguous(typed, candidates)
            : throw TerritoryErrors.Unknown(typed, Suggestions.Closest(typed, _names));
    }

    /// <summary>
    /// The territory <paramref name="typed"/> names, or null: then <paramref name="candidates"/> holds the several it
    /// may name (ambiguous) or nothing (unknown).
    /// </summary>
    public TerritoryEntry? Find(string typed, out IReadOnlyList<TerritoryEntry> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        candidates = [];
        var trimmed = typed.Trim();
        if (_byId.TryGetValue(trimmed, out var byId))
        {
            return byId;
        }

        var folded = Suggestions.Fold(trimmed);
        if (folded.Length == 0)
        {
            return null;
        }

        if (_byFoldedId.TryGetValue(folded, out var byFoldedId))
        {
            return byFoldedId;
        }

        var found = _byCode.GetValueOrDefault(trimmed) ?? _byName.GetValueOrDefault(folded);
        if (found is null)
        {
            return null;
        }

        if (found.Count == 1)
        {
            return found[0];
        }

        candidates = found;
        return null;
    }

    private static void Add(Dictionary<string, List<TerritoryEntry>> map, string key, TerritoryEntry territory)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(territory);
    }

    private static int LevelRank(string level)
    {
        var rank = Array.IndexOf(LevelOrder, level);
        return rank < 0 ? LevelOrder.Length : rank;
    }

    private static string? Text(IReadOnlyDictionary<string, object> properties, string name) =>
        properties.TryGetValue(name, out var value) ? value as string : null;
}
