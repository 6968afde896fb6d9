namespace KnowledgeGraph.Core.Generation;

/// <summary>One-line descriptions of generated actors.</summary>
internal static class ActorDescriptions
{
    public static string Of(string kind, string? size, string? sector, bool? employer, string theme) => kind switch
    {
        "COMPANY" => $"{SizeLabel(size)} du secteur {sector?.ToLowerInvariant()}, engagée dans des partenariats locaux.",
        "ASSOCIATION" => $"Association {(employer == true ? "employeuse" : "de bénévoles")} ({theme.ToLowerInvariant()}).",
        "FOUNDATION" => "Fondation qui soutient des projets d'intérêt général du territoire.",
        "PUBLIC_INSTITUTION" => "Établissement public partenaire des acteurs locaux.",
        "RESEARCH" => "Équipe de recherche qui évalue et modélise des innovations sociétales.",
        _ => $"Structure de l'économie sociale et solidaire ({theme.ToLowerInvariant()}).",
    };

    private static string SizeLabel(string? size) => size switch
    {
        "MICRO" => "TPE",
        "SMALL_MEDIUM" => "PME",
        "MID_CAP" => "ETI",
        _ => "Grand groupe",
    };
}
