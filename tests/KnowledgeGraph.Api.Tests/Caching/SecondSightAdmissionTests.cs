using System.Text;
using KnowledgeGraph.Api.Caching;

namespace KnowledgeGraph.Api.Tests.Caching;

public sealed class SecondSightAdmissionTests
{
    [Fact]
    public void A_key_is_admitted_from_its_second_sighting_on()
    {
        var admission = new SecondSightAdmission();

        Assert.False(admission.Admit("{ actors { totalCount } }", null));
        Assert.True(admission.Admit("{ actors { totalCount } }", null));
        Assert.True(admission.Admit("{ actors { totalCount } }", null));
    }

    [Fact]
    public void Distinct_keys_seen_once_are_none_of_them_admitted()
    {
        var admission = new SecondSightAdmission();
        var keys = Enumerable.Range(0, 10_000).Select(i => $"{{ actors(first: {i}) {{ totalCount }} }}").ToArray();

        Assert.All(keys, key => Assert.False(admission.Admit(key, null)));
        // The table remembers most of them (a later key on the same slot forgets an earlier one).
        Assert.InRange(keys.Count(key => admission.Admit(key, null)), 8_000, 10_000);
    }

    [Fact]
    public void Bodies_are_told_apart_byte_for_byte()
    {
        var admission = new SecondSightAdmission();
        var body = Encoding.UTF8.GetBytes("""{"query":"{ hello }"}""");

        Assert.False(admission.Admit(body));
        Assert.False(admission.Admit(Encoding.UTF8.GetBytes("""{"query":"{ hellO }"}""")));
        Assert.True(admission.Admit((ReadOnlySpan<byte>)body.ToArray()));
    }

    [Fact]
    public void A_text_with_another_operation_name_is_another_key()
    {
        var admission = new SecondSightAdmission();
        const string document = "query A { a } query B { b }";

        Assert.False(admission.Admit(document, "A"));
        Assert.False(admission.Admit(document, "B"));
        Assert.False(admission.Admit(document, null));
        Assert.True(admission.Admit(document, "A"));
        Assert.True(admission.Admit(document, null));
    }

    [Fact]
    public void A_later_key_on_the_same_slot_forgets_the_earlier_one()
    {
        var admission = new SecondSightAdmission(slots: 1);

        Assert.False(admission.Admit("{ a }", null));
        Assert.False(admission.Admit("{ b }", null));
        Assert.False(admission.Admit("{ a }", null)); // forgotten: this is its first sighting again
        Assert.True(admission.Admit("{ a }", null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    [InlineData(3)]
    [InlineData(1000)]
    public void The_table_size_is_a_power_of_two(int slots) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SecondSightAdmission(slots));
}
