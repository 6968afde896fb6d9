using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Schema.PropertyDef;

namespace KnowledgeGraph.Core.Schema.Model;

/// <summary>
/// The relationship types of the domain, each with its GraphQL field name on both ends. "Partner of" between
/// actors is not stored: it is derived from shared alliances. Relationship properties marked identifying (role and
/// since of a participation, since of a membership) are part of the relationship's key, so that parallel
/// relationships (two roles, two periods) are kept.
/// </summary>
public static class DomainRelationships
{
    public static readonly RelationshipDef ParticipatesIn = new("PARTICIPATES_IN", Actor, Alliance, "alliances", "participants",
        [
            EnumProperty("role", DomainEnums.ParticipationRole, "The actor's role in the alliance.", required: true) with { IsIdentifying = true },
            IntProperty("since", "The year the actor joined.") with { IsIdentifying = true },
        ],
        "An actor takes part in an alliance.");

    public static readonly RelationshipDef LocatedIn = Plain("LOCATED_IN", Alliance, Territory, "territories", "alliances",
        "An alliance acts in a territory.");

    public static readonly RelationshipDef BasedIn = Plain("BASED_IN", Actor, Territory, "territories", "actors",
        "An actor is based in a territory.");

    public static readonly RelationshipDef PartOf = new("PART_OF", Territory, Territory, "parent", "children", [],
        "A territory lies inside a larger one: commune → EPCI/department → region → country.", OutgoingIsSingle: true);

    public static readonly RelationshipDef ActsIn = Plain("ACTS_IN", Alliance, Domain, "domains", "alliances",
        "An alliance acts in a field.");

    public static readonly RelationshipDef ContributesToSdg = Plain("CONTRIBUTES_TO", Alliance, Sdg, "sdgs", "alliances",
        "An alliance contributes to a Sustainable Development Goal.");

    public static readonly RelationshipDef ContributesToTarget = Plain("CONTRIBUTES_TO", Alliance, SdgTarget, "sdgTargets", "alliances",
        "An alliance contributes to an SDG target (the ODD 17 links).");

    public static readonly RelationshipDef TargetOf = new("TARGET_OF", SdgTarget, Sdg, "sdg", "targets", [],
        "A target belongs to its goal.", OutgoingIsSingle: true);

    public static readonly RelationshipDef MemberOf = new("MEMBER_OF", Actor, Network, "networks", "members",
        [IntProperty("since", "The year the actor joined.") with { IsIdentifying = true }],
        "An actor is a member of a network.");

    public static readonly RelationshipDef Covers = Plain("COVERS", Network, Territory, "territories", "networks",
        "A network covers a territory.");

    public static readonly RelationshipDef Animates = Plain("ANIMATES", Catalyst, Network, "networks", "catalysts",
        "A catalyst animates a network (a territorial ecosystem).");

    public static readonly RelationshipDef ActiveIn = Plain("ACTIVE_IN", Catalyst, Territory, "territories", "catalysts",
        "A catalyst is active in a territory.");

    public static readonly RelationshipDef Supports = Plain("SUPPORTS", Catalyst, Alliance, "alliances", "catalysts",
        "A catalyst supports an alliance.");

    public static readonly RelationshipDef Is = new("IS", Catalyst, Actor, "actor", "catalysts", [],
        "The catalyst is itself a registered organisation.", OutgoingIsSingle: true);

    public static readonly RelationshipDef Reports = new("REPORTS", Study, Finding, "findings", "study", [],
        "A study reports a finding.", IncomingIsSingle: true);

    /// <summary>ABOUT links a finding to any node; the schema declares one definition per target label.</summary>
    public static readonly IReadOnlyList<RelationshipDef> About =
    [
        .. new[] { Actor, Alliance, Territory, Domain, Sdg, SdgTarget, Network, Catalyst }.Select(target =>
            Plain("ABOUT", Finding, target, "about" + Plural(target), "findings", $"A finding is about this {target.Name}.")),
    ];

    public static IReadOnlyList<RelationshipDef> All { get; } =
    [
        ParticipatesIn, LocatedIn, BasedIn, PartOf, ActsIn, ContributesToSdg, ContributesToTarget, TargetOf, MemberOf,
        Covers, Animates, ActiveIn, Supports, Is, Reports, .. About,
    ];

    private static RelationshipDef Plain(string type, LabelDef from, LabelDef to, string outgoing, string incoming, string description) =>
        new(type, from, to, outgoing, incoming, [], description);

    private static string Plural(LabelDef label) => char.ToUpperInvariant(label.CollectionField[0]) + label.CollectionField[1..];
}
