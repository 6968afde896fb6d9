namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>
/// Path 'P': distinct nodes, distinct unbound relationships, and indices alternating a 1-based relationship
/// index (negative when walked against its direction) and a node index.
/// </summary>
internal sealed class PathSerializer : IStructSerializer
{
    public const byte Tag = 0x50;

    public IReadOnlyList<byte> Tags => [Tag];

    public IReadOnlyList<Type> Types => [typeof(Path)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, 3);
        var nodes = reader.ReadList().Select(n => n as Node ?? throw new ProtocolException("PackStream: a path holds a non-node.")).ToArray();
        var relationships = reader.ReadList()
            .Select(r => r as UnboundRelationship ?? throw new ProtocolException("PackStream: a path holds a non-relationship.")).ToArray();
        var indices = reader.ReadList().Select(i => i is long l ? l : throw new ProtocolException("PackStream: path indices must be integers.")).ToArray();
        if (nodes.Length == 0 || indices.Length % 2 != 0) throw new ProtocolException("PackStream: malformed path.");

        var pathNodes = new List<Node> { nodes[0] };
        var pathRelationships = new List<Relationship>();
        for (var i = 0; i < indices.Length; i += 2)
        {
            var relationshipIndex = indices[i];
            var nodeIndex = indices[i + 1];
            if (relationshipIndex == 0 || Math.Abs(relationshipIndex) > relationships.Length || nodeIndex < 0 || nodeIndex >= nodes.Length)
                throw new ProtocolException("PackStream: path index out of range.");
            var previous = pathNodes[^1];
            var next = nodes[nodeIndex];
            var unbound = relationships[Math.Abs(relationshipIndex) - 1];
            var (start, end) = relationshipIndex > 0 ? (previous, next) : (next, previous);
            pathRelationships.Add(new Relationship(unbound.Id, unbound.ElementId, start.Id, start.ElementId, end.Id, end.ElementId, unbound.Type, unbound.Properties));
            pathNodes.Add(next);
        }
        return new Path(pathNodes, pathRelationships);
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var path = (Path)value;
        var nodes = path.Nodes.DistinctBy(n => n.Id).ToList();
        var relationships = path.Relationships.DistinctBy(r => r.Id).ToList();
        var indices = new List<long>();
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var relationship = path.Relationships[i];
            var position = relationships.FindIndex(r => r.Id == relationship.Id) + 1;
            indices.Add(relationship.StartNodeId == path.Nodes[i].Id ? position : -position);
            indices.Add(nodes.FindIndex(n => n.Id == path.Nodes[i + 1].Id));
        }
        writer.WriteStructHeader(3, Tag);
        writer.WriteList(nodes);
        writer.WriteList(relationships.Select(r => new UnboundRelationship(r.Id, r.ElementId, r.Type, r.Properties)).ToList());
        writer.WriteList(indices);
    }
}
