namespace KnowledgeGraph.Core.Generation.Vocabulary;

/// <summary>Word lists for plausible French names. Changing them changes the generated data: regenerate the synthetic set.</summary>
internal static class FrenchWords
{
    public static readonly string[] Surnames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
        "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Benali", "Nguyen", "Le Gall",
    ];

    public static readonly string[] FirstNames =
    [
        "Marie", "Jean", "Sophie", "Pierre", "Nathalie", "Philippe", "Isabelle", "Nicolas", "Claire", "Laurent", "Camille",
        "Julien", "Anne", "Thomas", "Céline", "François", "Élodie", "Karim", "Fatima", "Mathieu", "Hélène", "Yannick",
        "Sandrine", "Olivier", "Léa", "Mehdi", "Chantal", "Bruno",
    ];

    public static readonly string[] Sectors =
    [
        "Numérique", "Bâtiment", "Énergies", "Logistique", "Conseil", "Agroalimentaire", "Transports", "Imprimerie",
        "Services", "Industrie", "Textile", "Mécanique", "Paysages", "Recyclage", "Bois", "Habitat", "Ingénierie",
        "Distribution", "Propreté", "Solutions",
    ];

    public static readonly string[] MicroForms = ["SARL", "EURL", "SAS", "SASU"];
    public static readonly string[] SmeForms = ["SAS", "SARL", "SA"];

    public static readonly string[] EcosystemPrefixes = ["Collectif", "Réseau", "Pacte", "Dynamique", "Fabrique", "Club", "Plateforme"];

    public static readonly string[] EcosystemThemes =
    [
        "des alliances", "des coopérations", "Entreprises et Associations", "des solidarités", "Territoire engagé",
        "de l'innovation sociale", "des partenaires", "Agir ensemble",
    ];

    public static readonly string[] CatalystOrganisations =
        ["Maison des coopérations", "Agence des alliances", "Laboratoire territorial", "Pôle de coopération", "Maison de l'initiative"];

    public static readonly string[] ResearchBodies = ["Laboratoire", "Institut", "Chaire", "Observatoire"];

    public static readonly string[] ResearchTopics =
        ["Innovation sociale", "Économie territoriale", "Transitions", "Management responsable", "Santé publique", "Sociologie des organisations"];

    public static readonly string[] PublicBodies =
        ["Agence de développement", "Maison de l'emploi", "Centre communal d'action sociale", "Agence de l'eau", "Centre hospitalier", "Office public de l'habitat"];

    public static readonly string[] SocialEconomyForms = ["SCIC", "Coopérative", "Entreprise d'insertion", "ESAT", "SCOP", "Régie de quartier"];

    public static readonly string[] FoundationCauses =
        ["pour l'Insertion", "pour la Jeunesse", "pour l'Environnement", "pour la Culture", "Solidarité", "pour l'Égalité des chances"];
}
