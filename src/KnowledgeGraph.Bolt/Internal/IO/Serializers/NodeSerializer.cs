namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>Node 'N': id, labels, properties [, element_id (5.0+)].</summary>
internal sealed class NodeSerializer : IStructSerializer
{
    public const byte Tag = 0x4E;

    public IReadOnlyList<byte> Tags => [Tag];

    public IReadOnlyList<Type> Types => [typeof(Node)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, 3, 4);
        var id = reader.ReadInteger();
        var labels = StructFields.Strings(reader.ReadList());
        var properties = reader.ReadMap();
        var elementId = fieldCount == 4 ? reader.ReadString() : StructFields.IdText(id);
        return new Node(id, elementId, labels, properties);
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var node = (Node)value;
        var elementIds = writer.Format.ElementIds;
        writer.WriteStructHeader(elementIds ? 4 : 3, Tag);
        writer.WriteInteger(node.Id);
        writer.WriteList(node.Labels);
        writer.WriteMap(node.Properties);
        if (elementIds) writer.WriteString(node.ElementId);
    }
}
