namespace KnowledgeGraph.Core.Generation.Vocabulary;

/// <summary>Themes per field of action (alliance and association names) and the SDG a field most often also serves.</summary>
internal static class DomainThemes
{
    private static readonly Dictionary<string, (string[] Themes, string[] Sdgs)> ByDomain = new(StringComparer.Ordinal)
    {
        ["DOM-HEALTH-SOCIAL"] = (["Solidarité Santé", "Aidants", "Accueil et Partage", "Entraide", "Prévention Santé"], ["SDG-3", "SDG-10"]),
        ["DOM-ECONOMIC-INCLUSION"] = (["Insertion", "Tremplin", "Ressourcerie", "Chantiers Solidaires", "Parcours Inclusion"], ["SDG-8", "SDG-1"]),
        ["DOM-ENVIRONMENT"] = (["Jardins Solidaires", "Circuits Courts", "Biodiversité", "Zéro Déchet", "Transition Énergétique"], ["SDG-13", "SDG-15", "SDG-12"]),
        ["DOM-SPORT"] = (["Sport pour Tous", "Vélo Solidaire", "Rugby Citoyen", "Sport et Santé"], ["SDG-3", "SDG-5"]),
        ["DOM-CULTURE"] = (["Culture Partagée", "Théâtre", "Musiques", "Patrimoine Vivant", "Lecture"], ["SDG-11", "SDG-4"]),
        ["DOM-EDUCATION"] = (["Réussite Éducative", "Savoirs", "Lire et Écrire", "École Ouverte"], ["SDG-4"]),
        ["DOM-EMPLOYMENT"] = (["Emploi", "Parcours Emploi", "Compétences", "Initiative Emploi"], ["SDG-8"]),
        ["DOM-HOUSING"] = (["Habitat Solidaire", "Toit Partagé", "Logement d'Abord"], ["SDG-11", "SDG-1"]),
        ["DOM-DIGITAL"] = (["Inclusion Numérique", "Fab Lab", "Numérique Solidaire"], ["SDG-9", "SDG-4"]),
        ["DOM-YOUTH"] = (["Jeunesse", "Jeunes Pousses", "Horizons Jeunes", "Engagement Jeunes"], ["SDG-4", "SDG-8"]),
        ["DOM-AGEING"] = (["Bien Vieillir", "Générations", "Lien Intergénérationnel"], ["SDG-3", "SDG-10"]),
    };

    private static readonly string[] GeneralThemes = ["Solidarité", "Coopération", "Avenir Partagé"];

    public static IReadOnlyList<string> Themes(string domainId) =>
        ByDomain.TryGetValue(domainId, out var entry) ? entry.Themes : GeneralThemes;

    public static IReadOnlyList<string> Sdgs(string domainId) =>
        ByDomain.TryGetValue(domainId, out var entry) ? entry.Sdgs : [];
}
