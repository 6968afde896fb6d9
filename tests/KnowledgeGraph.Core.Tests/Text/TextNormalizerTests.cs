using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Île-de-France", "ile de france")]
    [InlineData("  Provence-Alpes-Côte   d'Azur ", "provence alpes cote d azur")]
    [InlineData("Œuvre d'Orient", "oeuvre d orient")]
    [InlineData("ÉCONOMIE SOCIALE ET SOLIDAIRE", "economie sociale et solidaire")]
    [InlineData("La France s’engage", "la france s engage")]
    [InlineData("Straße", "strasse")]
    [InlineData("ﬁnance", "finance")]
    [InlineData("", "")]
    public void Normalises_case_accents_ligatures_and_spaces(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("hauts de france", "Hauts-de-France")]
    [InlineData("saint etienne", "Saint-Étienne")]
    [InlineData("ile de france", "Île-de-France")]
    [InlineData("l'Hérault", "l’Hérault")]
    [InlineData("Côte d’Or", "Côte-d'Or")]
    [InlineData("a b", "a—b")]
    [InlineData("a b", "« a », (b).")]
    [InlineData("a b", "a_b")]
    [InlineData("a b", "a‐b")]
    [InlineData("a b", "a‑b")]
    [InlineData("a b", "a–b")]
    [InlineData("a b", "a·b")]
    [InlineData("a b", "a … b")]
    public void Punctuation_counts_as_a_space(string typed, string stored) =>
        Assert.Equal(TextNormalizer.Normalize(typed), TextNormalizer.Normalize(stored));

    [Theory]
    [InlineData("-Île-de-France-", "ile de france")]
    [InlineData("' '", "")]
    [InlineData("St.-Étienne", "st etienne")]
    public void Punctuation_at_the_ends_is_trimmed_and_runs_collapse(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Is_idempotent()
    {
        const string text = "Hérault — Montpellier Méditerranée Métropole";
        var once = TextNormalizer.Normalize(text);
        Assert.Equal(once, TextNormalizer.Normalize(once));
    }
}
