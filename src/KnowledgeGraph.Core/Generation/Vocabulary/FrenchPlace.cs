namespace KnowledgeGraph.Core.Generation.Vocabulary;

/// <summary>French place names with the right preposition: "de l'Hérault", "du Gard", "des Landes", "de Montpellier".</summary>
internal static class FrenchPlace
{
    // Departments named without an article, and the masculine ones among those that take one.
    private static readonly HashSet<string> NoArticle = new(StringComparer.Ordinal) { "Paris", "Mayotte" };

    private static readonly HashSet<string> Masculine = new(StringComparer.Ordinal)
    {
        "Bas-Rhin", "Haut-Rhin", "Calvados", "Cantal", "Cher", "Doubs", "Finistère", "Gard", "Gers", "Jura", "Lot",
        "Lot-et-Garonne", "Loiret", "Loir-et-Cher", "Maine-et-Loire", "Morbihan", "Nord", "Pas-de-Calais", "Puy-de-Dôme",
        "Rhône", "Tarn", "Tarn-et-Garonne", "Territoire de Belfort", "Val-de-Marne", "Val-d'Oise", "Var", "Vaucluse",
    };

    private static readonly HashSet<string> SingularEndingInS = new(StringComparer.Ordinal)
    {
        "Calvados", "Doubs", "Gers", "Pas-de-Calais", "Paris",
    };

    /// <summary>A name that carries its own article ("la Garonne", "Le Puy-en-Velay") or none ("Montpellier").</summary>
    public static string Of(string nameWithArticle) => nameWithArticle switch
    {
        _ when nameWithArticle.StartsWith("le ", StringComparison.OrdinalIgnoreCase) => "du " + nameWithArticle[3..],
        _ when nameWithArticle.StartsWith("les ", StringComparison.OrdinalIgnoreCase) => "des " + nameWithArticle[4..],
        _ when nameWithArticle.StartsWith("la ", StringComparison.Ordinal) => "de " + nameWithArticle,
        _ when nameWithArticle.StartsWith("l'", StringComparison.Ordinal) => "de " + nameWithArticle,
        _ when StartsWithVowel(nameWithArticle) => "d'" + nameWithArticle,
        _ => "de " + nameWithArticle,
    };

    /// <summary>A department's name with "de" and its article: "de l'Hérault", "du Gard", "des Bouches-du-Rhône".</summary>
    public static string OfDepartment(string name)
    {
        if (NoArticle.Contains(name) || name.StartsWith("La ", StringComparison.Ordinal))
        {
            return Of(name);
        }

        var firstWord = name.Split('-', ' ')[0];
        if ((firstWord.EndsWith('s') || firstWord.EndsWith('x')) && !SingularEndingInS.Contains(name))
        {
            return "des " + name;
        }

        if (StartsWithVowel(name))
        {
            return "de l'" + name;
        }

        return Masculine.Contains(name) ? "du " + name : "de la " + name;
    }

    /// <summary>The bare name, without its article: "la Garonne" → "Garonne".</summary>
    public static string Bare(string nameWithArticle)
    {
        foreach (var article in new[] { "le ", "la ", "les ", "l'" })
        {
            if (nameWithArticle.StartsWith(article, StringComparison.Ordinal))
            {
                return char.ToUpperInvariant(nameWithArticle[article.Length]) + nameWithArticle[(article.Length + 1)..];
            }
        }

        return nameWithArticle;
    }

    private static bool StartsWithVowel(string name) =>
        name.Length > 0 && ("AEIOUYÉÈÊÎÔÂH".Contains(char.ToUpperInvariant(name[0])) && !name.StartsWith("Haute", StringComparison.Ordinal)
            && !name.StartsWith("Haut-", StringComparison.Ordinal) && !name.StartsWith("Hauts", StringComparison.Ordinal));
}
