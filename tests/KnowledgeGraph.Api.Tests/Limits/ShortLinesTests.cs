using System.Text;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;
using KnowledgeGraph.Api.Limits.Budget;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>
/// The copy with short lines parses as the client's text does, checked with GraphQLParser itself as the oracle: the
/// same document when the text is valid, the same error at the same line and column of the client's text when it is
/// not (random edits of long one-line documents holding strings, block strings, escapes and comments).
/// </summary>
public sealed class ShortLinesTests
{
    private static readonly ParserOptions Options = new() { Ignore = IgnoreOptions.All };

    /// <summary>
    /// Long one-line documents with what the copy must not touch (strings with # and escaped quotes, block strings with
    /// an escaped delimiter, a comment with an escape), with how many comments it blanks; and lone CRs.
    /// </summary>
    public static TheoryData<string, int> Documents()
    {
        var selections = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"a{i}: actors(first: {i}, where: {{ name: {{ contains: \"x, y #{i} \\\" z\" }} }}) {{ totalCount }}"));
        return new TheoryData<string, int>
        {
            { OneLine(IntrospectionQuery.Text) + " " + new string(' ', 600) + "# " + new string('c', 900), 1 },
            { "query Q($v: String = \"a\\\\\\\"b\", $w: [ID!]) @d(x: 1) { " + selections + " ...F } fragment F on Query { __typename }", 0 },
            { "mutation { m(input: { text: \"\"\"block \\\"\"\" with # and \"quotes\" and, commas\"\"\" }) { id } } " + new string(',', 1500) + " { x }", 0 },
            { "{ search(text: \"" + new string('s', 3000) + "\") { score } " + string.Join(",", Enumerable.Range(0, 400).Select(i => $"f{i}")) + " }", 0 },
            { "{\r\n" + string.Join("\r", Enumerable.Range(0, 3).Select(_ => new string('\t', 1200) + "x")) + " } # a \\n escape\r# plain", 1 },
            { "{\r a(t: \"\"\"x\ry\"\"\")\r b }", 0 },
        };
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_copy_has_short_lines_no_lone_CR_the_same_length_and_the_same_document(string text, int comments)
    {
        Assert.True(ShortLines.NeedsCopy(text));
        var readable = ReadableText.Of(text);

        Assert.Equal(-1, readable.UnbrokenAt);
        Assert.Equal(text.Length, readable.Text.Length);
        Assert.False(ShortLines.HasLoneCarriageReturn(readable.Text));
        Assert.All(readable.Text.Split('\n', '\r'), line => Assert.True(line.Length <= ShortLines.LineLength + 3100, $"a line of {line.Length}"));
        Assert.Equal(Print(text), Print(readable.Text));
        Assert.Equal(comments, readable.Comments);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_edit_of_the_text_fails_or_succeeds_as_the_copy_does_at_the_same_place(string text, int comments)
    {
        _ = comments;
        var random = new Random(text.Length);
        const string inserted = "{}()[]\"#\\:$@!x1.,\t\n";
        for (var edit = 0; edit < 120; edit++)
        {
            var at = random.Next(text.Length);
            var edited = random.Next(3) switch
            {
                0 => text[..at],
                1 => text.Insert(at, inserted[random.Next(inserted.Length)].ToString()),
                _ => text.Remove(at, 1),
            };
            var readable = ReadableText.Of(edited);
            if (readable.UnbrokenAt >= 0)
                continue;

            var expected = Outcome(edited, edited, readable);
            var actual = Outcome(readable.Text, edited, readable);
            if (expected == "parser crash")
            {
                Assert.StartsWith("syntax error at ", actual);
                continue;
            }
            Assert.True(expected == actual, $"edit at {at}: «{edited[Math.Max(0, at - 40)..Math.Min(edited.Length, at + 40)]}» / copy «{readable.Text[Math.Max(0, at - 40)..Math.Min(edited.Length, at + 40)]}»: {expected[..Math.Min(200, expected.Length)]} / {actual[..Math.Min(200, actual.Length)]}");
        }
    }

    [Fact]
    public void A_run_longer_than_the_limit_with_nothing_to_break_it_is_found_where_it_starts()
    {
        var text = "{ search(text: \"" + new string('s', ShortLines.MaxUnbroken + 1) + "\") { score } }";

        Assert.Equal(15, ReadableText.Of(text).UnbrokenAt);
        Assert.Equal(-1, ReadableText.Of("{ search(text: \"" + new string('s', ShortLines.MaxUnbroken - 10) + "\") { score } }" + new string(' ', 2000)).UnbrokenAt);
    }

    [Fact]
    public void A_long_comment_is_blanked_not_refused_and_a_long_block_string_line_is_refused()
    {
        var comment = "{ a } #" + new string('c', 3 * ShortLines.MaxUnbroken);
        var block = "{ a(t: \"\"\"" + new string('b', ShortLines.MaxUnbroken + 10) + "\"\"\") }";

        Assert.Equal("{ a }" + new string(' ', comment.Length - 5), ReadableText.Of(comment).Text.ReplaceLineEndings(" "));
        Assert.Equal(7, ReadableText.Of(block).UnbrokenAt);
    }

    [Fact]
    public void Texts_with_short_lines_and_no_lone_CR_need_no_copy()
    {
        var atLimit = new string('x', ShortLines.LineLength) + "\r\n" + new string('y', ShortLines.LineLength) + "\n{ a }";

        Assert.False(ShortLines.NeedsCopy(atLimit));
        Assert.Same(atLimit, ReadableText.Of(atLimit).Text);
        Assert.True(ShortLines.NeedsCopy(atLimit + new string('z', ShortLines.LineLength - 4)));
        Assert.True(ShortLines.NeedsCopy("{\r a }"));
        Assert.True(ShortLines.NeedsCopy("{ a }\r"));
        Assert.False(ShortLines.NeedsCopy("{\r\n a }"));
    }

    /// <summary>
    /// Success with the printed document, or the error's type, description and place in the client's text: for the
    /// client's text, the line and column GraphQLParser itself gives; for the copy, its error mapped back through
    /// the offset, as the service maps it.
    /// </summary>
    private static string Outcome(string parsed, string client, ReadableText readable)
    {
        try
        {
            return "ok " + Print(parsed);
        }
        catch (GraphQLSyntaxErrorException error)
        {
            var location = ReferenceEquals(parsed, client) ? error.Location : Location.FromLinearPosition(client, readable.OffsetOf(error.Location));
            var end = Location.FromLinearPosition(client, client.Length);
            if (location.Line == end.Line && location.Column == end.Column + 1)
            {
                // GraphQLParser's own off-by-one: after a comment that ends the text it puts EOF one column past the
                // end; the service, which maps an offset back into the text, says the end.
                location = end;
            }

            return $"syntax error at {location.Line}:{location.Column}: {error.Description}";
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return "too deep";
        }
        catch (IndexOutOfRangeException) when (ShortLines.HasLoneCarriageReturn(parsed))
        {
            // GraphQLParser's own defect (a lone CR counted as a line break, the lines split on LF only): the copy has none.
            return "parser crash";
        }
    }

    private static string Print(string text)
    {
        var document = Parser.Parse(text, Options);
        var writer = new StringWriter();
        new SDLPrinter().PrintAsync(document, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }
}
