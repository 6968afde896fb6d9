using F23.StringSimilarity;
using KnowledgeGraph.Core.Text;
using Xunit;

namespace KnowledgeGraph.Core.Tests.Text;

/// <summary>The bounded distance agrees with F23.StringSimilarity's optimal string alignment up to its bound.</summary>
public sealed class BoundedEditDistanceTests
{
    private static readonly OptimalStringAlignment Oracle = new();

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("ca", "abc", 3)] // OSA, not Damerau: the swapped pair is not edited again
    [InlineData("abcd", "abdc", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Known_distances(string a, string b, int expected)
    {
        Assert.Equal(expected, (int)Oracle.Distance(a, b));
        Assert.Equal(expected, BoundedEditDistance.Compute(a, b, 10));
        Assert.Equal(Math.Min(expected, 2), BoundedEditDistance.Compute(a, b, 1));
    }

    [Fact]
    public void Agrees_with_the_library_up_to_the_bound_on_random_strings()
    {
        var random = new Random(20261206);
        // A small alphabet makes matches and swaps frequent; lengths past 128 take the pooled rows.
        foreach (var (pairs, longest) in new[] { (20_000, 12), (300, 300) })
        {
            for (var n = 0; n < pairs; n++)
            {
                var a = RandomText(random, random.Next(longest + 1));
                var b = random.Next(3) == 0 ? Mutate(random, a) : RandomText(random, random.Next(longest + 1));
                var exact = (int)Oracle.Distance(a, b);
                var max = random.Next(6);
                Assert.True(Math.Min(exact, max + 1) == BoundedEditDistance.Compute(a, b, max),
                    $"'{a}' / '{b}' within {max}: library {exact}, bounded {BoundedEditDistance.Compute(a, b, max)}");
            }
        }
    }

    private static string RandomText(Random random, int length) =>
        string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = (char)('a' + r.Next(4));
        });

    // A few edits of every kind, so that close pairs (the ones the bound keeps) are common.
    private static string Mutate(Random random, string text)
    {
        var chars = text.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0: chars.Insert(at, (char)('a' + random.Next(4))); break;
                case 1 when chars.Count > 0: chars.RemoveAt(at); break;
                case 2 when chars.Count > 0: chars[at] = (char)('a' + random.Next(4)); break;
                case 3 when at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }

        return new string([.. chars]);
    }
}
