using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Tests.IO;

public class GraphStructureTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    [Fact]
    public void NodeWithoutElementIdUsesIdText()
    {
        var node = Assert.IsType<Node>(PackStreamAssert.Decode("B3 4E 01 91 81 41 A1 81 78 02"));
        Assert.Equal((1L, "1", "A", 2L), (node.Id, node.ElementId, node.Labels.Single(), node.Properties["x"]));
        Assert.Equal("B34E01918141A1817802", PackStreamAssert.Encode(node));
    }

    [Fact]
    public void NodeWithElementId()
    {
        const string hex = "B4 4E 01 90 A0 83 34 3A 31";
        var node = Assert.IsType<Node>(PackStreamAssert.Decode(hex, PackStreamFormat.V5));
        Assert.Equal("4:1", node.ElementId);
        PackStreamAssert.RoundTrip(node, hex, PackStreamFormat.V5);
    }

    [Fact]
    public void RelationshipBothShapes()
    {
        var legacy = Assert.IsType<Relationship>(PackStreamAssert.Decode("B5 52 07 01 02 84 4B 4E 4F 57 A0"));
        Assert.Equal((7L, 1L, 2L, "KNOW", "2"), (legacy.Id, legacy.StartNodeId, legacy.EndNodeId, legacy.Type, legacy.EndNodeElementId));
        const string v5 = "B8 52 07 01 02 84 4B 4E 4F 57 A0 81 72 81 61 81 62";
        var modern = Assert.IsType<Relationship>(PackStreamAssert.Decode(v5, PackStreamFormat.V5));
        Assert.Equal(("r", "a", "b"), (modern.ElementId, modern.StartNodeElementId, modern.EndNodeElementId));
        PackStreamAssert.RoundTrip(modern, v5, PackStreamFormat.V5);
    }

    [Fact]
    public void PathResolvesDirectionsFromIndices()
    {
        // (a:1)-[r5]->(b:2)<-[r6]-(c:3)
        var hex = "B3 50 93 B3 4E 01 90 A0 B3 4E 02 90 A0 B3 4E 03 90 A0 92 B3 72 05 81 58 A0 B3 72 06 81 59 A0 94 01 01 FE 02";
        var path = Assert.IsType<Path>(PackStreamAssert.Decode(hex));
        Assert.Equal([1L, 2L, 3L], path.Nodes.Select(n => n.Id));
        Assert.Equal((1L, 2L), (path.Relationships[0].StartNodeId, path.Relationships[0].EndNodeId));
        Assert.Equal((3L, 2L), (path.Relationships[1].StartNodeId, path.Relationships[1].EndNodeId));
        PackStreamAssert.RoundTrip(path, hex);
    }

    [Fact]
    public void PathWithBadIndexFailsAsProtocolError() =>
        Assert.Throws<ProtocolException>(() => PackStreamAssert.Decode("B3 50 91 B3 4E 01 90 A0 90 92 05 00"));

    [Fact]
    public void WrongFieldCountFailsAsProtocolError() =>
        Assert.Throws<ProtocolException>(() => PackStreamAssert.Decode("B2 4E 01 90"));
}
