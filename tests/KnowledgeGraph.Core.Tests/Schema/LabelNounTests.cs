using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Tests.Schema;

/// <summary>
/// The nouns generated descriptions use for a label (issue 15: "a Actor"): French with its gender and elision, English
/// with its article.
/// </summary>
public sealed class LabelNounTests
{
    [Theory]
    [InlineData("Actor", "un acteur", "l'acteur", "de l'acteur", "d'acteurs", "an actor")]
    [InlineData("Alliance", "une alliance", "l'alliance", "de l'alliance", "d'alliances", "an alliance")]
    [InlineData("Territory", "un territoire", "le territoire", "du territoire", "de territoires", "a territory")]
    [InlineData("Domain", "un domaine d'action", "le domaine d'action", "du domaine d'action", "de domaines d'action", "a field of action")]
    [InlineData("Sdg", "un ODD", "l'ODD", "de l'ODD", "d'ODD", "an SDG")]
    [InlineData("SdgTarget", "une cible d'ODD", "la cible d'ODD", "de la cible d'ODD", "de cibles d'ODD", "an SDG target")]
    [InlineData("Network", "un réseau", "le réseau", "du réseau", "de réseaux", "a network")]
    [InlineData("Catalyst", "un catalyseur territorial", "le catalyseur territorial", "du catalyseur territorial", "de catalyseurs territoriaux", "a territorial catalyst")]
    [InlineData("Study", "une étude", "l'étude", "de l'étude", "d'études", "a study")]
    [InlineData("Finding", "un résultat chiffré", "le résultat chiffré", "du résultat chiffré", "de résultats chiffrés", "a finding")]
    public void Each_label_has_its_french_gender_and_its_english_article(string label, string un, string le, string duLe, string de, string a)
    {
        var noun = LabelNouns.Of(label);
        Assert.Equal((un, le, duLe, de, a), (noun.Un, noun.Le, noun.DuLe, noun.De, noun.A));
    }

    [Fact]
    public void Every_label_of_the_domain_has_its_own_nouns()
    {
        foreach (var label in KnowledgeGraphSchema.Instance.Labels)
            Assert.False(LabelNouns.Of(label).French.StartsWith("nœud ", StringComparison.Ordinal), $"{label.Name} has no French noun");
    }

    [Fact]
    public void A_label_outside_the_domain_is_named_as_a_node()
    {
        var noun = LabelNouns.Of("Event");
        Assert.Equal(("un nœud Event", "an Event node", "a Thing node"), (noun.Un, noun.A, LabelNouns.Of("Thing").A));
        Assert.Equal("Une alliance", LabelNouns.Capital(LabelNouns.Of("Alliance").Un));
        Assert.Equal(("liées", "lié"), (LabelNouns.Of("Alliance").Accord("liés", "liées"), LabelNouns.Of("Actor").Accord("lié", "liée")));
    }
}
