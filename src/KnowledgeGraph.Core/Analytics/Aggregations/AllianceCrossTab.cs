using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Analytics.Aggregations;

/// <summary>
/// A cross-tabulation of alliances by one to <see cref="MaxDimensions"/> dimensions: one row per combination of values
/// that occurs, with the number of alliances having all of them. An alliance with several values of a dimension (several
/// fields, SDGs, regions…) counts once in every combination it belongs to, so the rows can add up to more than the
/// alliances; an alliance without a value for one of the dimensions is in no row (it counts in
/// <see cref="CrossTabResult.Unassigned"/>). Rows come largest count first, ties by the keys in the order of the
/// dimensions (ordinal).
/// </summary>
public static class AllianceCrossTab
{
    public const int MaxDimensions = 3;

    /// <summary>
    /// The most rows a cross-tabulation may have (the reference seed's largest, DEPARTMENT × SDG_TARGET × ACTOR_KIND, has
    /// about 2,200): the GraphQL cost model counts an unpaged list as 50 items, so this bounds the real answer.
    /// </summary>
    public const int DefaultMaxRows = 50_000;

    /// <exception cref="InvalidQueryException"><c>INVALID_ARGUMENT</c> for no dimension, more than
    /// <see cref="MaxDimensions"/>, one named twice, or more than <paramref name="maxRows"/> rows; <c>UNKNOWN_ID</c> for
    /// an id that is not an alliance.</exception>
    public static CrossTabResult Count(
        GraphView view, IReadOnlyList<AggregationDimension> dimensions, IReadOnlyCollection<string>? allianceIds = null,
        int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(view);
        Validate(dimensions);
        var alliances = AllianceAggregations.Alliances(view, allianceIds);
        var counts = new Dictionary<string, (AggregationKey[] Keys, int Count)>(StringComparer.Ordinal);
        var unassigned = 0;
        foreach (var alliance in alliances)
        {
            var combinations = Combinations(view, alliance, dimensions);
            unassigned += combinations.Count == 0 ? 1 : 0;
            foreach (var keys in combinations)
            {
                var id = string.Join('\u001f', keys.Select(k => k.Key));
                counts[id] = (keys, counts.TryGetValue(id, out var row) ? row.Count + 1 : 1);
            }

            if (counts.Count > maxRows)
            {
                throw AnalyticsErrors.InvalidArgument(FormattableString.Invariant(
                    $"The cross-tabulation by {string.Join(", ", dimensions.Select(DimensionName))} would have more than {maxRows:N0} rows; narrow it with 'where' or use fewer dimensions."));
            }
        }

        var rows = counts.Values
            .Select(c => new CrossTabRow(c.Keys, c.Count))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r, KeyOrder.Instance)
            .ToList();
        return new CrossTabResult(dimensions, alliances.Count, unassigned, rows);
    }

    /// <summary>Refuses an empty list, more than <see cref="MaxDimensions"/> dimensions or a repeated one.</summary>
    public static void Validate(IReadOnlyList<AggregationDimension> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        if (dimensions.Count is 0 or > MaxDimensions)
        {
            throw AnalyticsErrors.InvalidArgument(
                $"'by' takes one to {MaxDimensions} dimensions (got {dimensions.Count}).");
        }

        if (dimensions.GroupBy(d => d).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw AnalyticsErrors.InvalidArgument(
                $"'by' names {DimensionName(repeated.Key)} twice; each dimension may appear once.");
        }
    }

    /// <summary>The GraphQL name of a dimension (REGION, SDG_TARGET…).</summary>
    public static string DimensionName(AggregationDimension dimension) => UpperSnakeCase.From(dimension.ToString());

    // Every combination of the alliance's values, one value per dimension (the cartesian product of distinct values).
    private static List<AggregationKey[]> Combinations(GraphView view, int alliance, IReadOnlyList<AggregationDimension> dimensions)
    {
        var combinations = new List<AggregationKey[]> { Array.Empty<AggregationKey>() };
        foreach (var dimension in dimensions)
        {
            var values = AllianceAggregations.ValuesOf(view, alliance, dimension)
                .DistinctBy(v => v.Key)
                .Select(v => new AggregationKey(dimension, v.Key, v.Label))
                .ToList();
            combinations = [.. combinations.SelectMany(prefix => values.Select(value => (AggregationKey[])[.. prefix, value]))];
            if (combinations.Count == 0)
            {
                break;
            }
        }

        return combinations;
    }

    private sealed class KeyOrder : IComparer<CrossTabRow>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(CrossTabRow? x, CrossTabRow? y)
        {
            for (var i = 0; i < x!.Keys.Count; i++)
            {
                var order = string.CompareOrdinal(x.Keys[i].Key, y!.Keys[i].Key);
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }
    }
}

/// <summary>The value of one dimension in a row: the key (an id, an enum value or a year) and a display label.</summary>
public sealed record AggregationKey(AggregationDimension Dimension, string Key, string Label);

/// <summary>One combination of values, in the order of the dimensions, and the number of alliances that have them all.</summary>
public sealed record CrossTabRow(IReadOnlyList<AggregationKey> Keys, int Count)
{
    /// <summary>The key of the given dimension, or null when the row is not by it.</summary>
    public AggregationKey? Of(AggregationDimension dimension) => Keys.FirstOrDefault(k => k.Dimension == dimension);
}

/// <summary>
/// A cross-tabulation: the dimensions asked, the alliances considered, those in no row (without a value for at least
/// one dimension) and the rows.
/// </summary>
public sealed record CrossTabResult(
    IReadOnlyList<AggregationDimension> Dimensions, int AllianceCount, int Unassigned, IReadOnlyList<CrossTabRow> Rows)
{
    /// <summary>
    /// The rows as buckets: with one dimension, one bucket per value; with several, one per combination, keys and labels
    /// joined with <see cref="KeySeparator"/> in the order of the dimensions.
    /// </summary>
    public IReadOnlyList<AggregationBucket> Buckets() =>
        [.. Rows.Select(r => new AggregationBucket(
            string.Join(KeySeparator, r.Keys.Select(k => k.Key)), string.Join(KeySeparator, r.Keys.Select(k => k.Label)), r.Count))];

    public const string KeySeparator = " | ";
}
