using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Paging;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Store;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Paging;

/// <summary>
/// The cursor text is shared by both stores: base64url of the JSON array [signature, keys…, id] as a default
/// <see cref="Utf8JsonWriter"/> writes it, with the edge key [values…] last where parallel edges can occur. The codec
/// reuses one writer per thread; the text must not change.
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

    [Theory]
    [InlineData(2015L, "[\"Actor;name:A;foundedYear:D;size:A\",\"a\",null,null,\"ACT-1\",[\"FUNDER\",2015]]")]
    [InlineData(null, "[\"Actor;name:A;foundedYear:D;size:A\",\"a\",null,null,\"ACT-1\",[\"FUNDER\",null]]")]
    public void An_edge_key_follows_the_id_as_an_array_and_reads_back(long? since, string json)
    {
        var position = new CursorPosition(["a", null, null], "ACT-1") { EdgeKey = ["FUNDER", since] };

        var cursor = CursorCodec.Encode(Actor, Order, position, EdgeKey);

        Assert.Equal(json, Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)));
        Assert.Equal(["FUNDER", since is null ? null : (double)since], CursorCodec.Decode(Actor, Order, cursor, EdgeKey).EdgeKey!);
    }

    [Fact]
    public void A_cursor_without_its_edge_key_reads_as_before_every_edge_to_its_node()
    {
        var issuedBefore = CursorCodec.Encode(Actor, Order, new CursorPosition(["a", null, null], "ACT-1"));

        var position = CursorCodec.Decode(Actor, Order, issuedBefore, EdgeKey);

        Assert.Null(position.EdgeKey);
        var comparer = new SortKeyComparer(Order);
        Assert.True(comparer.Compare(position, position with { EdgeKey = ["FUNDER", 2015.0] }) < 0);
        Assert.True(comparer.Compare(position, position with { EdgeKey = [null, null] }) < 0);
        Assert.True(comparer.Compare(position, position with { Id = "ACT-0", EdgeKey = ["PARTNER", null] }) > 0);
    }

    [Theory]
    [InlineData("[\"Actor;name:A;foundedYear:D;size:A\",\"a\",null,null,\"ACT-1\",[\"FUNDER\"]]")]
    [InlineData("[\"Actor;name:A;foundedYear:D;size:A\",\"a\",null,null,\"ACT-1\",[\"FUNDER\",\"2015\"]]")]
    [InlineData("[\"Actor;name:A;foundedYear:D;size:A\",\"a\",null,null,\"ACT-1\",\"FUNDER\"]")]
    public void A_malformed_edge_key_is_an_invalid_cursor(string json)
    {
        var cursor = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<InvalidQueryException>(() => CursorCodec.Decode(Actor, Order, cursor, EdgeKey));

        Assert.Equal(CursorCodec.InvalidCursorCode, error.Code);
    }

    [Fact]
    public void Parallel_edges_order_by_their_edge_key_ascending_with_a_missing_value_last_whatever_the_direction()
    {
        var comparer = new SortKeyComparer([Desc(Actor, "name")]);
        CursorPosition At(string role, double? since) => new(["a"], "ACT-1") { EdgeKey = [role, since] };

        CursorPosition[] positions = [At("PARTNER", 2019), At("FUNDER", null), At("INITIATOR", 2019), At("FUNDER", 2015)];

        Assert.Equal(["FUNDER 2015", "FUNDER ", "INITIATOR 2019", "PARTNER 2019"],
            positions.Order(comparer).Select(p => $"{p.EdgeKey![0]} {p.EdgeKey[1]}"));
    }

    private static IReadOnlyList<Core.Schema.PropertyDef> EdgeKey => DomainRelationships.ParticipatesIn.IdentifyingProperties;

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
