using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Core.Tests.Writes;

/// <summary>Writes refuse text that XML 1.0 cannot carry (the exports are XML), naming the field, the character and its place.</summary>
public sealed class XmlCharacterWriteTests
{
    private static readonly GraphDataLookup Current = new(WriteTestGraph.Build());

    private static IReadOnlyList<WriteError> Refuse(params WriteOperation[] operations) =>
        Assert.Throws<WriteValidationException>(
            () => new ChangeSetValidator(TestGraph.Schema).Validate(Set(operations), Current)).Errors;

    [Theory]
    [InlineData("Bad\uFFFF", "U+FFFF at position 3")]
    [InlineData("\u0000", "U+0000 at position 0")]
    [InlineData("a\u0001b", "U+0001 at position 1")]
    [InlineData("lone-surrogate", "lone surrogate U+D800 at position 1")]
    public void A_name_with_a_character_xml_cannot_carry_is_refused_on_create_and_update(string name, string described)
    {
        // Built here: xUnit's test-case serialisation would turn a lone surrogate in InlineData into U+FFFD.
        name = name == "lone-surrogate" ? "x" + (char)0xD800 : name;
        var errors = Refuse(
            Create("Actor", "ACT-N", ("name", name), ("kind", "COMPANY"), ("source", "T")),
            Update("ACT-B", ("name", name)));

        Assert.Equal([(0, "name"), (1, "name")], errors.Select(e => (e.OperationIndex, e.Field)));
        Assert.All(errors, e => Assert.Equal(WriteErrorCodes.InvalidCharacter, e.Code));
        Assert.All(errors, e => Assert.Contains(described, e.Message));
    }

    [Fact]
    public void Tabs_new_lines_accents_and_emoji_are_kept()
    {
        var delta = new ChangeSetValidator(TestGraph.Schema).Validate(
            Set(Update("ACT-B", ("name", "Été\tà Paris\n\U0001F600"))), Current);

        Assert.NotNull(delta);
    }
}
