namespace KnowledgeGraph.Core.Generation.Vocabulary;

/// <summary>
/// Population of each region (thousands, INSEE estimates around 2021), used as the weight for placing alliances and
/// ecosystems, and a few local place names (with their article) for names such as "Garonne Numérique SAS".
/// </summary>
internal static class RegionFacts
{
    public const int DefaultPopulation = 500;

    private static readonly Dictionary<string, (int Population, string[] Places)> Facts = new(StringComparer.Ordinal)
    {
        ["REG-01"] = (384, ["la Basse-Terre", "la Grande-Terre", "Marie-Galante"]),
        ["REG-02"] = (361, ["la Pelée", "le Lamentin", "les Trois-Îlets"]),
        ["REG-03"] = (286, ["l'Oyapock", "le Maroni", "l'Amazonie"]),
        ["REG-04"] = (871, ["le Piton", "les Hauts", "la Fournaise"]),
        ["REG-06"] = (300, ["le Lagon", "Petite-Terre"]),
        ["REG-11"] = (12317, ["la Seine", "la Marne", "le Val de Seine", "la Brie", "le Vexin", "l'Île-de-France"]),
        ["REG-24"] = (2573, ["la Loire", "la Sologne", "la Touraine", "le Berry", "la Beauce"]),
        ["REG-27"] = (2800, ["la Bourgogne", "le Jura", "le Morvan", "la Saône", "la Franche-Comté"]),
        ["REG-28"] = (3327, ["la Seine", "le Cotentin", "le Pays d'Auge", "la Côte d'Albâtre", "le Bocage"]),
        ["REG-32"] = (5997, ["la Somme", "les Flandres", "l'Artois", "le Hainaut", "l'Opale", "la Picardie"]),
        ["REG-44"] = (5562, ["l'Alsace", "la Lorraine", "la Champagne", "la Moselle", "les Vosges", "le Rhin"]),
        ["REG-52"] = (3853, ["la Loire", "l'Estuaire", "le Maine", "l'Anjou", "la Vendée"]),
        ["REG-53"] = (3373, ["l'Armor", "l'Argoat", "la Cornouaille", "le Trégor", "la Rance"]),
        ["REG-75"] = (6033, ["la Garonne", "la Gironde", "le Périgord", "le Limousin", "le Pays basque", "l'Adour"]),
        ["REG-76"] = (5973, ["la Garonne", "les Cévennes", "le Lauragais", "les Causses", "le Pays d'Oc", "la Camargue"]),
        ["REG-84"] = (8078, ["le Rhône", "les Alpes", "l'Auvergne", "le Dauphiné", "la Savoie", "le Forez"]),
        ["REG-93"] = (5098, ["la Provence", "la Durance", "le Luberon", "la Riviera", "les Alpilles"]),
        ["REG-94"] = (344, ["la Balagne", "le Cap Corse", "la Castagniccia"]),
    };

    public static int Population(string regionId) =>
        Facts.TryGetValue(regionId, out var facts) ? facts.Population : DefaultPopulation;

    /// <summary>Local place names with their article ("la Garonne"), or the region's own name when none is known.</summary>
    public static IReadOnlyList<string> Places(RegionInfo region) =>
        Facts.TryGetValue(region.Id, out var facts) ? facts.Places : [region.Name];
}
