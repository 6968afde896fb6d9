using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Schema.Model.DomainRelationships;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// A small "faire alliance" world: a territory tree (Occitanie, Hauts-de-France), companies, associations, a
/// foundation, and alliances that each pass or fail one condition of the flagship question.
/// </summary>
internal static class SmallWorld
{
    public static TestGraph Create() => new TestGraph()
        .Node(Territory, "FR", ("name", "France"), ("level", "COUNTRY"))
        .Node(Territory, "REG-76", ("name", "Occitanie"), ("level", "REGION"), ("inseeCode", "76"))
        .Node(Territory, "DEP-34", ("name", "Hérault"), ("level", "DEPARTMENT"), ("inseeCode", "34"))
        .Node(Territory, "COM-34172", ("name", "Montpellier"), ("level", "COMMUNE"), ("inseeCode", "34172"))
        .Node(Territory, "REG-32", ("name", "Hauts-de-France"), ("level", "REGION"), ("inseeCode", "32"))
        .Node(Territory, "DEP-59", ("name", "Nord"), ("level", "DEPARTMENT"), ("inseeCode", "59"))
        .Link(PartOf, "REG-76", "FR").Link(PartOf, "DEP-34", "REG-76").Link(PartOf, "COM-34172", "DEP-34")
        .Link(PartOf, "REG-32", "FR").Link(PartOf, "DEP-59", "REG-32")
        .Node(Actor, "ACT-ALPHA", ("name", "Alpha Énergie"), ("kind", "COMPANY"), ("size", "LARGE"), ("foundedYear", 1990L))
        .Node(Actor, "ACT-BETA", ("name", "Beta Services"), ("kind", "COMPANY"), ("size", "SMALL_MEDIUM"), ("foundedYear", 2005L))
        .Node(Actor, "ACT-GAMMA", ("name", "Gamma Conseil"), ("kind", "COMPANY"), ("size", "MICRO"))
        .Node(Actor, "ACT-DELTA", ("name", "Delta Industrie"), ("kind", "COMPANY"), ("size", "MID_CAP"))
        .Node(Actor, "ACT-ASSO-UN", ("name", "Association Un"), ("kind", "ASSOCIATION"), ("employer", true),
            ("description", "Insertion par l'activité économique"))
        .Node(Actor, "ACT-ASSO-DEUX", ("name", "Association Deux"), ("kind", "ASSOCIATION"), ("employer", false))
        .Node(Actor, "ACT-FONDATION", ("name", "Fondation Solidaire"), ("kind", "FOUNDATION"))
        .Link(BasedIn, "ACT-ALPHA", "COM-34172").Link(BasedIn, "ACT-ASSO-UN", "DEP-34")
        // Passes: societal innovation, in Montpellier (inside Occitanie), with an association.
        .Node(Alliance, "ALL-ONE", ("name", "Alliance Une"), ("category", "SOCIETAL_INNOVATION"), ("startYear", 2018L))
        .Link(LocatedIn, "ALL-ONE", "COM-34172")
        .Link(ParticipatesIn, "ACT-ALPHA", "ALL-ONE", ("role", "INITIATOR"), ("since", 2018L))
        .Link(ParticipatesIn, "ACT-ASSO-UN", "ALL-ONE", ("role", "PARTNER"))
        // Fails: in Hauts-de-France.
        .Node(Alliance, "ALL-TWO", ("name", "Alliance Deux"), ("category", "SOCIETAL_INNOVATION"))
        .Link(LocatedIn, "ALL-TWO", "DEP-59")
        .Link(ParticipatesIn, "ACT-GAMMA", "ALL-TWO", ("role", "PARTNER"))
        .Link(ParticipatesIn, "ACT-ASSO-DEUX", "ALL-TWO", ("role", "PARTNER"))
        // Fails: patronage.
        .Node(Alliance, "ALL-THREE", ("name", "Alliance Trois"), ("category", "PATRONAGE"))
        .Link(LocatedIn, "ALL-THREE", "REG-76")
        .Link(ParticipatesIn, "ACT-GAMMA", "ALL-THREE", ("role", "FUNDER"))
        .Link(ParticipatesIn, "ACT-ASSO-UN", "ALL-THREE", ("role", "PARTNER"))
        // Fails: no association.
        .Node(Alliance, "ALL-FOUR", ("name", "Alliance Quatre"), ("category", "SOCIETAL_INNOVATION"))
        .Link(LocatedIn, "ALL-FOUR", "REG-76")
        .Link(ParticipatesIn, "ACT-DELTA", "ALL-FOUR", ("role", "INITIATOR"))
        .Link(ParticipatesIn, "ACT-FONDATION", "ALL-FOUR", ("role", "FUNDER"))
        // Passes: in Hérault, two associations.
        .Node(Alliance, "ALL-FIVE", ("name", "Alliance Cinq"), ("category", "SOCIETAL_INNOVATION"), ("startYear", 2020L))
        .Link(LocatedIn, "ALL-FIVE", "DEP-34")
        .Link(ParticipatesIn, "ACT-BETA", "ALL-FIVE", ("role", "FUNDER"), ("since", 2021L))
        .Link(ParticipatesIn, "ACT-ALPHA", "ALL-FIVE", ("role", "PARTNER"))
        .Link(ParticipatesIn, "ACT-ASSO-UN", "ALL-FIVE", ("role", "OPERATOR"))
        .Link(ParticipatesIn, "ACT-ASSO-DEUX", "ALL-FIVE", ("role", "PARTNER"));
}
