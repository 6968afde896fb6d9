namespace KnowledgeGraph.Core.Schema;

/// <summary>
/// Schema descriptions in two languages, French first: <c>"Texte en français.\n\nEnglish text."</c> (one blank line
/// between the two parts). Descriptions built from other descriptions (a label's, a property's) go through
/// <see cref="Append"/> or <see cref="Map"/> so that each language stays with its own.
/// </summary>
public static class Bilingual
{
    /// <summary>The separator between the French and the English part.</summary>
    public const string Separator = "\n\n";

    /// <summary>One description: the French text, a blank line, the English text.</summary>
    public static string Text(string french, string english)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(french);
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        return french.Trim() + Separator + english.Trim();
    }

    /// <summary>The French part of a description (the whole text when it has a single part).</summary>
    public static string French(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var at = description.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? description : description[..at];
    }

    /// <summary>The English part of a description (the whole text when it has a single part).</summary>
    public static string English(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var at = description.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? description : description[(at + Separator.Length)..];
    }

    /// <summary>A description built from another, each language by its own function.</summary>
    public static string Map(string description, Func<string, string> french, Func<string, string> english)
    {
        ArgumentNullException.ThrowIfNull(french);
        ArgumentNullException.ThrowIfNull(english);
        return Text(french(French(description)), english(English(description)));
    }

    /// <summary>A description followed by one more sentence in each language.</summary>
    public static string Append(string description, string french, string english) =>
        Map(description, fr => $"{fr} {french}", en => $"{en} {english}");
}
