using KnowledgeGraph.Core.Text;
using Xunit;

namespace KnowledgeGraph.Core.Tests.Text;

public sealed class SuggestionsTests
{
    private static readonly string[] ActorKinds =
        ["COMPANY", "ASSOCIATION", "FOUNDATION", "LOCAL_AUTHORITY", "PUBLIC_INSTITUTION", "ACADEMIC", "NETWORK"];

    [Theory]
    [InlineData("FONDATION", "FOUNDATION")]
    [InlineData("fondation", "FOUNDATION")]
    [InlineData("COMPAGNY", "COMPANY")]
    [InlineData("local authority", "LOCAL_AUTHORITY")]
    [InlineData("ASOCIATION", "ASSOCIATION")]
    public void A_misspelt_name_suggests_the_close_one_first(string typed, string expected)
    {
        Assert.Equal(expected, Suggestions.Closest(typed, ActorKinds)[0]);
    }

    [Fact]
    public void A_name_far_from_every_candidate_gets_no_suggestion()
    {
        Assert.Empty(Suggestions.Closest("ELEPHANT", ActorKinds));
        Assert.Empty(Suggestions.Closest("", ActorKinds));
        Assert.Empty(Suggestions.Closest("  -- ", ActorKinds));
    }

    [Fact]
    public void Accents_case_hyphens_and_apostrophes_do_not_count_as_differences()
    {
        string[] names = ["Île-de-France", "Hauts-de-France", "Côte-d'Or"];
        Assert.Equal("Île-de-France", Suggestions.Closest("ile de france", names)[0]);
        Assert.Equal("Côte-d'Or", Suggestions.Closest("cote d’or", names)[0]);
        Assert.Equal("hautsdefrance", Suggestions.Fold("Hauts-de-France"));
    }

    [Fact]
    public void A_prefix_of_a_longer_name_suggests_it()
    {
        Assert.Equal(["LOCAL_AUTHORITY"], Suggestions.Closest("LOCAL", ActorKinds));
    }

    [Fact]
    public void At_most_max_suggestions_closest_first_ties_in_candidate_order()
    {
        string[] names = ["abce", "abcd", "abxd", "abcf"];
        var closest = Suggestions.Closest("abcd", names, max: 2);
        Assert.Equal(["abcd", "abce"], closest);
    }

    [Fact]
    public void Did_you_mean_reads_as_a_sentence()
    {
        Assert.Equal(string.Empty, Suggestions.DidYouMean([]));
        Assert.Equal(" Did you mean \"A\"?", Suggestions.DidYouMean(["A"]));
        Assert.Equal(" Did you mean \"A\" or \"B\"?", Suggestions.DidYouMean(["A", "B"]));
        Assert.Equal(" Did you mean \"A\", \"B\" or \"C\"?", Suggestions.DidYouMean(["A", "B", "C"]));
    }
}
