using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Paging;

/// <summary>
/// The cursor text is shared by both stores: base64url of the JSON array [signature, keys…, id] as a default
/// <see cref="Utf8JsonWriter"/> writes it. The codec reuses one writer per thread; the text must not change.
/// </summary>
public sealed class CursorCodecTests
{
    private static readonly OrderKey[] Order = [Asc(Actor, "name"), Desc(Actor, "foundedYear"), Asc(Actor, "size")];

    [Theory]
    [InlineData("école <b>&</b> l'\"œuvre\" +1 😀", 1995.0, "LARGE", "ACT-É1")]
    [InlineData("plain", null, null, "ACT-2")]
    public void The_text_is_the_json_array_a_default_writer_writes(string name, double? year, string? size, string id)
    {
        var cursor = CursorCodec.Encode(Actor, Order, new CursorPosition([name, year, size], id));

        Assert.Equal(Reference("Actor;name:A;foundedYear:D;size:A", name, year is null ? null : (long)year, size, id), cursor);
        var decoded = CursorCodec.Decode(Actor, Order, cursor);
        Assert.Equal([name, year, size], decoded.Keys);
        Assert.Equal(id, decoded.Id);
    }

    [Fact]
    public void The_id_order_has_the_label_alone_as_signature()
    {
        Assert.Equal("Actor", CursorCodec.Signature(Actor, []));
        Assert.Equal("[\"Actor\",\"ACT-1\"]", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(CursorCodec.Encode(Actor, [], new CursorPosition([], "ACT-1")))));
    }

    [Fact]
    public void Threads_encoding_at_once_each_get_their_own_text()
    {
        var cursors = Enumerable.Range(0, 2000).AsParallel().WithDegreeOfParallelism(4)
            .Select(k => (k, CursorCodec.Encode(Actor, Order, new CursorPosition([$"name {k}", (double)k, null], $"ACT-{k}"))))
            .ToList();

        Assert.All(cursors, c => Assert.Equal($"ACT-{c.k}", CursorCodec.Decode(Actor, Order, c.Item2).Id));
    }

    [Fact]
    public void A_value_that_cannot_go_into_a_cursor_is_refused_and_the_next_cursor_is_whole()
    {
        Assert.Throws<ArgumentException>(() => CursorCodec.Encode(Actor, Order, new CursorPosition([DateTime.Now, null, null], "ACT-1")));

        var next = CursorCodec.Encode(Actor, Order, new CursorPosition(["a", null, null], "ACT-2"));

        Assert.Equal(Reference("Actor;name:A;foundedYear:D;size:A", "a", null, null, "ACT-2"), next);
    }

    private static string Reference(string signature, string name, long? year, string? size, string id)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(signature);
            writer.WriteStringValue(name);
            if (year is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteNumberValue(year.Value);
            }

            writer.WriteStringValue(size);
            writer.WriteStringValue(id);
            writer.WriteEndArray();
        }

        return Base64Url.EncodeToString(stream.ToArray());
    }
}
