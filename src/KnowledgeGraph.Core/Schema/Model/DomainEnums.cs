namespace KnowledgeGraph.Core.Schema.Model;

/// <summary>The closed vocabularies of the "faire alliance" domain (domain-model.md).</summary>
public static class DomainEnums
{
    public static readonly EnumDef ActorKind = new("ActorKind",
        ["COMPANY", "ASSOCIATION", "FOUNDATION", "LOCAL_AUTHORITY", "PUBLIC_INSTITUTION", "RESEARCH", "SOCIAL_ECONOMY"],
        "The world an organisation belongs to.");

    public static readonly EnumDef CompanySize = new("CompanySize",
        ["MICRO", "SMALL_MEDIUM", "MID_CAP", "LARGE"],
        "Company size: TPE (micro), PME (small/medium), ETI (mid-cap), large group.");

    public static readonly EnumDef EconomicModel = new("EconomicModel",
        ["GENERAL_INTEREST", "SOCIAL_UTILITY"],
        "The economic model of an association.");

    public static readonly EnumDef AllianceCategory = new("AllianceCategory",
        ["RESPONSIBLE_PRACTICES", "ECONOMIC_COOPERATION", "SOCIETAL_INNOVATION", "PATRONAGE"],
        "The four partnership categories of the 2011 typology.");

    public static readonly EnumDef AllianceObjective = new("AllianceObjective",
        ["BALANCE_PERFORMANCE_ENGAGEMENT", "HYBRIDISE_ECONOMIC_MODEL", "ACCELERATE_SOCIETAL_INNOVATION", "CO_BUILD_TERRITORIAL_SOLUTIONS"],
        "The four objectives that explain why alliances develop.");

    public static readonly EnumDef Impact = new("Impact",
        ["PERFORMANCE", "INNOVATION", "TRUST"],
        "The three impacts of alliances: performance of organisations, territorial and societal innovation, trust.");

    public static readonly EnumDef InnovationPhase = new("InnovationPhase",
        ["CONCEPTION", "EXPERIMENTATION", "MODELLING", "SWARMING", "INDUSTRIALISATION"],
        "The steps of the societal innovation process (swarming: essaimage).");

    public static readonly EnumDef Scale = new("Scale",
        ["MICRO_LOCAL", "LOCAL", "DEPARTMENTAL", "REGIONAL", "NATIONAL", "EUROPEAN", "INTERNATIONAL"],
        "The geographic scale an alliance works at.");

    public static readonly EnumDef TerritoryLevel = new("TerritoryLevel",
        ["COUNTRY", "REGION", "DEPARTMENT", "EPCI", "COMMUNE"],
        "The administrative level of a territory.");

    public static readonly EnumDef SdgTheme = new("SdgTheme",
        ["FINANCE", "TECHNOLOGY", "CAPACITY_BUILDING", "TRADE", "SYSTEMIC_ISSUES"],
        "The themes SDG 17's targets are grouped under.");

    public static readonly EnumDef NetworkKind = new("NetworkKind",
        ["NATIONAL_NETWORK", "FEDERATION", "LOCAL_CLUB", "TERRITORIAL_ECOSYSTEM", "PLATFORM"],
        "What kind of collective a network is.");

    public static readonly EnumDef CatalystKind = new("CatalystKind",
        ["ORGANISATION", "PERSON"],
        "Whether a territorial catalyst is an organisation or a person.");

    public static readonly EnumDef SupportLever = new("SupportLever",
        ["FUNDING", "EXPERTISE_AND_NETWORK", "STRATEGY_ADVICE", "EVALUATION"],
        "The four levers used to support alliances.");

    public static readonly EnumDef ParticipationRole = new("ParticipationRole",
        ["INITIATOR", "PARTNER", "FUNDER", "OPERATOR", "EVALUATOR"],
        "The role an actor plays in an alliance.");

    public static IReadOnlyList<EnumDef> All { get; } =
    [
        ActorKind, CompanySize, EconomicModel, AllianceCategory, AllianceObjective, Impact, InnovationPhase, Scale,
        TerritoryLevel, SdgTheme, NetworkKind, CatalystKind, SupportLever, ParticipationRole,
    ];
}
