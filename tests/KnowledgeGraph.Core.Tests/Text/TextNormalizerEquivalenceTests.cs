using KnowledgeGraph.Core.Tests.Seed;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Text;

/// <summary>The fast paths of <see cref="TextNormalizer"/> give exactly the reference normal form, for every input.</summary>
public sealed class TextNormalizerEquivalenceTests
{
    // Latin text around the fast path's limit (U+0180) and Unicode that only the full path handles.
    private static readonly string[] Tricky =
    [
        "İstanbul", "ı", "ſ", "ŉ", "ĳ", "Ŀ", "ǅ", "ǈ", "ﬁ", "ﬀ", "Å", "Å", "e\u0301", "E\u0301\u0327", "\u0301a",
        "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "\u0345", "Ǳ", "ǆ", "ﾊﾟ", "ｶﾞ", "Ａｂｃ", "①②", "㎏", "ℌ", "Ⅻ", "½", "¼", "²", "µ", "ª", "º",
        "¨", "´", "¸", "¯", "\u00A0", "\u0085", "\u2003", "\u3000", "\u200B", "\u200D", "\uFEFF", "\u1680", "\u180E",
        "😀", "👩‍👩‍👧", "\U0001D400", "\U0001D165\U0001D16D", "한국어", "가", "ᄀ", "ࢠ", "ञ्", "\u0F73", "\u0F7F",
        "\t \n\r\v\f", "\u001C\u001D\u001E\u001F", "Œ", "œ", "Æ", "æ", "ß", "ẞ", "Ǣ", "ǽ", "K", "Å", "Ω",
        "Île-de-France", "  Provence-Alpes-Côte   d'Azur ", "La France s’engage", "Hérault — Montpellier",
        "-", "--", " - ", "’", "« a »", "a.b,c;d:e!f?g", "(a)[b]{c}", "_", "‐‑‒–—―", "…", "¡¿", "·",
        "՚", "׳", "、。", "，", "﹏", "⸺", "𞥞", "a’́b", "́-", "-́",
    ];

    [Fact]
    public void Matches_the_reference_on_tricky_unicode()
    {
        foreach (var text in Tricky)
        {
            AssertSame(text, $" {text} ", $"a{text}b", $"{text}{text}", $"Xx {text}\tÉ", $"{text}\u0301", $"\u00A0{text}");
        }
    }

    [Fact]
    public void Matches_the_reference_on_every_pair_of_latin_characters()
    {
        var mismatches = new List<string>();
        for (var a = 0; a < 0x200; a++)
        {
            for (var b = 0; b < 0x200; b++)
            {
                var text = $"{(char)a}{(char)b}";
                if (TextNormalizer.Normalize(text) != ReferenceNormalizer.Normalize(text))
                {
                    mismatches.Add($"U+{a:X4} U+{b:X4}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Matches_the_reference_on_random_mixed_text()
    {
        var random = new Random(20261124);
        var pool = string.Concat(Tricky) + "abcXYZ 09-'’éÈçÇÔœŒ \t\u00A0\u0300\u0308\u0327.,;:!?«»()_—–…·";
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(4) == 0 ? (char)random.Next(0, 0x180) : pool[random.Next(pool.Length)];
            }

            // Random picks can split a surrogate pair; both implementations must then fail the same way.
            var text = new string(chars);
            var expected = Outcome(() => ReferenceNormalizer.Normalize(text));
            Assert.True(expected == Outcome(() => TextNormalizer.Normalize(text)), $"'{text}' ({Hex(text)})");
        }
    }

    [Fact]
    public void Matches_the_reference_on_every_seed_text()
    {
        var cells = Directory.EnumerateFiles(RepositorySeed.SeedRoot, "*.csv", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .SelectMany(line => line.Split(','))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(cells.Count > 1000, $"only {cells.Count} distinct seed cells found");
        Assert.All(cells, cell => AssertSame(cell));
    }

    [Fact]
    public void Returns_text_already_in_normal_form_unchanged()
    {
        Assert.Equal("ile de france", TextNormalizer.Normalize("ile de france"));
        Assert.Equal("a b", TextNormalizer.Normalize("a b"));
        Assert.Equal("a b", TextNormalizer.Normalize(" a  b "));
        Assert.Equal(string.Empty, TextNormalizer.Normalize("   "));
    }

    private static void AssertSame(params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.True(ReferenceNormalizer.Normalize(text) == TextNormalizer.Normalize(text), $"'{text}' ({Hex(text)})");
        }
    }

    private static string Outcome(Func<string> normalize)
    {
        try
        {
            return "ok:" + normalize();
        }
        catch (ArgumentException e)
        {
            return "error:" + e.GetType().Name;
        }
    }

    private static string Hex(string text) => string.Join(' ', text.Select(c => $"U+{(int)c:X4}"));
}
