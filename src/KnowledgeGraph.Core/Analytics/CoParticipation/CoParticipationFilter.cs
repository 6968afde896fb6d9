namespace KnowledgeGraph.Core.Analytics.CoParticipation;

/// <summary>
/// Which alliances count in the co-participation network; every given criterion must hold (null means any).
/// <list type="bullet">
/// <item><see cref="Within"/>: the alliance is LOCATED_IN this territory or a territory inside it.</item>
/// <item><see cref="Categories"/>: its category is one of these.</item>
/// <item><see cref="DomainIds"/>: it ACTS_IN one of these fields.</item>
/// <item><see cref="SdgIds"/>: it CONTRIBUTES_TO one of these SDG targets, or to one of these goals (directly or
/// through one of the goal's targets).</item>
/// <item><see cref="FromYear"/>/<see cref="ToYear"/>: its [startYear, endYear] (open when endYear is missing)
/// overlaps the period; an alliance without startYear does not count when a period is given.</item>
/// <item><see cref="ActorKinds"/>: only actors of these kinds are nodes of the network (others are left out, and
/// links through them are not made).</item>
/// <item><see cref="Roles"/>: only participations with one of these roles count (an actor that only funds an
/// alliance is not linked through it when FUNDER is left out).</item>
/// </list>
/// </summary>
public sealed record CoParticipationFilter(
    string? Within = null,
    IReadOnlyList<string>? Categories = null,
    IReadOnlyList<string>? DomainIds = null,
    IReadOnlyList<string>? SdgIds = null,
    int? FromYear = null,
    int? ToYear = null,
    IReadOnlyList<string>? ActorKinds = null,
    IReadOnlyList<string>? Roles = null)
{
    public static CoParticipationFilter None { get; } = new();
}
