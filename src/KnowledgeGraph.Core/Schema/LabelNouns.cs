namespace KnowledgeGraph.Core.Schema;

/// <summary>
/// How a description names the nodes of a label: its French noun with its gender (so templates write « un acteur »,
/// « une alliance », « l'étude », « du territoire ») and its English noun with its article (« an actor », « an SDG »).
/// Descriptions generated from a label take their words from here, never from the label's type name.
/// </summary>
public sealed record LabelNoun(string French, string FrenchPlural, bool Feminine, string EnglishArticle, string English, string EnglishPlural)
{
    /// <summary>« acteur », « étude », « ODD »: the article is elided (l', de l', d').</summary>
    private bool Elided => "aeiouyhéèêàâîôûœAEIOUYÉ".Contains(French[0], StringComparison.Ordinal);

    /// <summary>« un acteur », « une alliance ».</summary>
    public string Un => (Feminine ? "une " : "un ") + French;

    /// <summary>« l'acteur », « la cible d'ODD », « le territoire ».</summary>
    public string Le => (Elided ? "l'" : Feminine ? "la " : "le ") + French;

    /// <summary>« de l'acteur », « de la cible d'ODD », « du territoire ».</summary>
    public string DuLe => (Elided ? "de l'" : Feminine ? "de la " : "du ") + French;

    /// <summary>« d'un acteur », « d'une alliance ».</summary>
    public string DUn => (Feminine ? "d'une " : "d'un ") + French;

    /// <summary>« les acteurs ».</summary>
    public string Les => "les " + FrenchPlural;

    /// <summary>« des acteurs ».</summary>
    public string Des => "des " + FrenchPlural;

    /// <summary>« d'acteurs », « de territoires » (after a quantity: « combien d'acteurs »).</summary>
    public string De => (Elided ? "d'" : "de ") + FrenchPlural;

    /// <summary>The word that agrees with the noun's gender: <c>Accord("lié", "liée")</c>.</summary>
    public string Accord(string masculine, string feminine) => Feminine ? feminine : masculine;

    /// <summary>« an actor », « a territory », « an SDG ».</summary>
    public string A => $"{EnglishArticle} {English}";

    /// <summary>« the actor ».</summary>
    public string The => "the " + English;
}

/// <summary>The nouns of the domain's labels (domain-model.md), in one place.</summary>
public static class LabelNouns
{
    private static readonly Dictionary<string, LabelNoun> Nouns = new(StringComparer.Ordinal)
    {
        ["Actor"] = new("acteur", "acteurs", false, "an", "actor", "actors"),
        ["Alliance"] = new("alliance", "alliances", true, "an", "alliance", "alliances"),
        ["Territory"] = new("territoire", "territoires", false, "a", "territory", "territories"),
        ["Domain"] = new("domaine d'action", "domaines d'action", false, "a", "field of action", "fields of action"),
        ["Sdg"] = new("ODD", "ODD", false, "an", "SDG", "SDGs"),
        ["SdgTarget"] = new("cible d'ODD", "cibles d'ODD", true, "an", "SDG target", "SDG targets"),
        ["Network"] = new("réseau", "réseaux", false, "a", "network", "networks"),
        ["Catalyst"] = new("catalyseur territorial", "catalyseurs territoriaux", false, "a", "territorial catalyst", "territorial catalysts"),
        ["Study"] = new("étude", "études", true, "a", "study", "studies"),
        ["Finding"] = new("résultat chiffré", "résultats chiffrés", false, "a", "finding", "findings"),
    };

    /// <summary>The text with its first letter in upper case, to start a sentence with a noun: « L'acteur ».</summary>
    public static string Capital(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The nouns of a label; a label the domain does not declare is « un nœud X » / « an X node ».</summary>
    public static LabelNoun Of(LabelDef label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Of(label.Name);
    }

    /// <inheritdoc cref="Of(LabelDef)"/>
    public static LabelNoun Of(string labelName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(labelName);
        if (Nouns.TryGetValue(labelName, out var noun))
            return noun;
        var article = "AEIOU".Contains(char.ToUpperInvariant(labelName[0]), StringComparison.Ordinal) ? "an" : "a";
        return new LabelNoun($"nœud {labelName}", $"nœuds {labelName}", false, article, $"{labelName} node", $"{labelName} nodes");
    }
}
