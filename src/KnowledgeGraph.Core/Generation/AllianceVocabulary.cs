namespace KnowledgeGraph.Core.Generation;

/// <summary>The distributions alliances are drawn from (reference: the 2011 typology and the 2018–2022 notes).</summary>
internal static class AllianceVocabulary
{
    public static readonly Weighted<string> Categories =
        new(("RESPONSIBLE_PRACTICES", 30), ("ECONOMIC_COOPERATION", 25), ("SOCIETAL_INNOVATION", 25), ("PATRONAGE", 20));

    public static readonly Weighted<int> ParticipantCounts = new((2, 25), (3, 30), (4, 25), (5, 12), (6, 8));

    public static readonly Weighted<string> ParticipantKinds = new(
        ("COMPANY", 28), ("ASSOCIATION", 28), ("FOUNDATION", 10), ("LOCAL_AUTHORITY", 13), ("PUBLIC_INSTITUTION", 7),
        ("RESEARCH", 6), ("SOCIAL_ECONOMY", 8));

    public static readonly Weighted<string> Phases =
        new(("CONCEPTION", 15), ("EXPERIMENTATION", 30), ("MODELLING", 25), ("SWARMING", 20), ("INDUSTRIALISATION", 10));

    public static readonly Weighted<int> StartYears = new(Enumerable.Range(2008, 15).Select(y => (y, 10 + (y - 2008) * 3)).ToArray());

    /// <summary>17.17 (public-private and civil society partnerships) and 17.16 (multi-stakeholder partnerships) lead.</summary>
    public static int TargetWeight(string targetId) => targetId switch
    {
        "SDG-17.17" => 30,
        "SDG-17.16" => 25,
        "SDG-17.3" or "SDG-17.9" or "SDG-17.14" => 6,
        "SDG-17.6" or "SDG-17.18" => 4,
        _ => 2,
    };

    /// <summary>The five fields the studies focus on come up more often.</summary>
    public static int DomainWeight(string domainId) => domainId switch
    {
        "DOM-HEALTH-SOCIAL" or "DOM-ECONOMIC-INCLUSION" or "DOM-ENVIRONMENT" or "DOM-SPORT" or "DOM-CULTURE" => 3,
        _ => 1,
    };

    /// <summary>The pair most alliances are built on, by category, when it is not the usual company + association.</summary>
    public static (string, string) CorePair(string category) => category switch
    {
        "PATRONAGE" => ("FOUNDATION", "ASSOCIATION"),
        "ECONOMIC_COOPERATION" => ("COMPANY", "SOCIAL_ECONOMY"),
        "RESPONSIBLE_PRACTICES" => ("COMPANY", "LOCAL_AUTHORITY"),
        _ => ("ASSOCIATION", "RESEARCH"),
    };

    public static Weighted<string> Objectives(string category) => new(
        ("BALANCE_PERFORMANCE_ENGAGEMENT", category is "RESPONSIBLE_PRACTICES" ? 7 : category is "PATRONAGE" ? 4 : 2),
        ("HYBRIDISE_ECONOMIC_MODEL", category is "ECONOMIC_COOPERATION" ? 7 : 2),
        ("ACCELERATE_SOCIETAL_INNOVATION", category is "SOCIETAL_INNOVATION" ? 7 : 2),
        ("CO_BUILD_TERRITORIAL_SOLUTIONS", category is "PATRONAGE" ? 5 : 3));

    public static Weighted<string> Impacts(string category) =>
        new(("PERFORMANCE", 3), ("INNOVATION", category is "SOCIETAL_INNOVATION" ? 7 : 3), ("TRUST", 4));

    public static string[] NamePrefixes(string category) => category switch
    {
        "SOCIETAL_INNOVATION" => ["Laboratoire", "Fabrique", "Expérimentation", "Projet"],
        "ECONOMIC_COOPERATION" => ["Pôle", "Groupement", "Coopération", "Consortium"],
        "RESPONSIBLE_PRACTICES" => ["Charte", "Programme", "Engagement", "Démarche"],
        _ => ["Fonds", "Mécénat", "Parrainage", "Dotation"],
    };

    public static string CategoryLabel(string category) => category switch
    {
        "SOCIETAL_INNOVATION" => "Innovation sociétale",
        "ECONOMIC_COOPERATION" => "Coopération économique",
        "RESPONSIBLE_PRACTICES" => "Pratiques responsables",
        _ => "Mécénat",
    };
}
