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

    [Fact]
    public void Repeated_candidates_are_suggested_once()
    {
        Assert.Equal(["COMPANY"], Suggestions.Closest("COMPAGNY", ["COMPANY", "COMPANY", "company"], max: 1));
        Assert.Equal(["COMPANY", "company"], Suggestions.Closest("COMPAGNY", ["COMPANY", "NETWORK", "COMPANY", "company"]));
    }

    [Fact]
    public void The_allocation_free_folding_is_the_folding_for_every_pair_of_characters()
    {
        var buffer = new char[2 * LatinFolding.LongestFolding];
        for (var a = 0; a < 0x200; a++)
        {
            for (var b = 0; b < 0x200; b += 7)
            {
                var text = $"{(char)a}{(char)b}";
                var fast = LatinFolding.TryFoldLettersAndDigits(text, buffer, out var length);
                Assert.Equal(a < 0x180 && b < 0x180, fast);
                if (fast)
                    Assert.Equal(Suggestions.Fold(text), new string(buffer, 0, length));
            }
        }
    }

    [Fact]
    public void An_unknown_id_among_every_node_id_costs_no_allocation_per_candidate()
    {
        // The shape of an unknown id in an analytics field: every node id of the graph is a candidate.
        var ids = Enumerable.Range(0, 20_000).Select(i => $"ACT-{i:D5}-Île").ToArray();
        Suggestions.Closest("act-01234-ile", ids);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var closest = Suggestions.Closest("act-01234-ile", ids);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("ACT-01234-Île", closest[0]);
        Assert.Equal(3, closest.Count);
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes allocated for {ids.Length} candidates");
    }
}
