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
            EnumProperty("role", DomainEnums.ParticipationRole, Bilingual.Text("Le rôle de l'acteur dans l'alliance.", "The actor's role in the alliance."), required: true) with { IsIdentifying = true },
            IntProperty("since", Bilingual.Text("L'année où l'acteur l'a rejointe.", "The year the actor joined.")) with { IsIdentifying = true },
        ],
        Bilingual.Text("Un acteur participe à une alliance.", "An actor takes part in an alliance."));

    public static readonly RelationshipDef LocatedIn = Plain("LOCATED_IN", Alliance, Territory, "territories", "alliances",
        Bilingual.Text("Une alliance agit sur un territoire (placée directement dans celui-ci).", "An alliance acts in a territory."));

    public static readonly RelationshipDef BasedIn = Plain("BASED_IN", Actor, Territory, "territories", "actors",
        Bilingual.Text("Un acteur est implanté sur un territoire.", "An actor is based in a territory."));

    public static readonly RelationshipDef PartOf = new("PART_OF", Territory, Territory, "parent", "children", [],
        Bilingual.Text("Un territoire est compris dans un plus grand : commune → EPCI/département → région → pays.", "A territory lies inside a larger one: commune → EPCI/department → region → country."), OutgoingIsSingle: true);

    public static readonly RelationshipDef ActsIn = Plain("ACTS_IN", Alliance, Domain, "domains", "alliances",
        Bilingual.Text("Une alliance agit dans un domaine.", "An alliance acts in a field."));

    public static readonly RelationshipDef ContributesToSdg = Plain("CONTRIBUTES_TO", Alliance, Sdg, "sdgs", "alliances",
        Bilingual.Text("Une alliance contribue à un Objectif de développement durable (ODD).", "An alliance contributes to a Sustainable Development Goal."));

    public static readonly RelationshipDef ContributesToTarget = Plain("CONTRIBUTES_TO", Alliance, SdgTarget, "sdgTargets", "alliances",
        Bilingual.Text("Une alliance contribue à une cible d'ODD (les liens de l'ODD 17).", "An alliance contributes to an SDG target (the ODD 17 links)."));

    public static readonly RelationshipDef TargetOf = new("TARGET_OF", SdgTarget, Sdg, "sdg", "targets", [],
        Bilingual.Text("Une cible appartient à son objectif.", "A target belongs to its goal."), OutgoingIsSingle: true);

    public static readonly RelationshipDef MemberOf = new("MEMBER_OF", Actor, Network, "networks", "members",
        [IntProperty("since", Bilingual.Text("L'année où l'acteur l'a rejointe.", "The year the actor joined.")) with { IsIdentifying = true }],
        Bilingual.Text("Un acteur est membre d'un réseau.", "An actor is a member of a network."));

    public static readonly RelationshipDef Covers = Plain("COVERS", Network, Territory, "territories", "networks",
        Bilingual.Text("Un réseau couvre un territoire.", "A network covers a territory."));

    public static readonly RelationshipDef Animates = Plain("ANIMATES", Catalyst, Network, "networks", "catalysts",
        Bilingual.Text("Un catalyseur territorial anime un réseau (un écosystème territorial).", "A catalyst animates a network (a territorial ecosystem)."));

    public static readonly RelationshipDef ActiveIn = Plain("ACTIVE_IN", Catalyst, Territory, "territories", "catalysts",
        Bilingual.Text("Un catalyseur territorial est actif sur un territoire.", "A catalyst is active in a territory."));

    public static readonly RelationshipDef Supports = Plain("SUPPORTS", Catalyst, Alliance, "alliances", "catalysts",
        Bilingual.Text("Un catalyseur territorial soutient une alliance.", "A catalyst supports an alliance."));

    public static readonly RelationshipDef Is = new("IS", Catalyst, Actor, "actor", "catalysts", [],
        Bilingual.Text("Le catalyseur est lui-même une organisation enregistrée comme acteur.", "The catalyst is itself a registered organisation."), OutgoingIsSingle: true);

    public static readonly RelationshipDef Reports = new("REPORTS", Study, Finding, "findings", "study", [],
        Bilingual.Text("Une étude rapporte un résultat chiffré.", "A study reports a finding."), IncomingIsSingle: true);

    /// <summary>ABOUT links a finding to any node; the schema declares one definition per target label.</summary>
    public static readonly IReadOnlyList<RelationshipDef> About =
    [
        .. new[] { Actor, Alliance, Territory, Domain, Sdg, SdgTarget, Network, Catalyst }.Select(target =>
            Plain("ABOUT", Finding, target, "about" + Plural(target), "findings", Bilingual.Text($"Un résultat chiffré porte sur ce nœud {target.Name}.", $"A finding is about this {target.Name}."))),
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
