namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>UnboundRelationship 'r': id, type, properties [, element_id (5.0+)].</summary>
internal sealed class UnboundRelationshipSerializer : IStructSerializer
{
    public const byte Tag = 0x72;

    public IReadOnlyList<byte> Tags => [Tag];

    public IReadOnlyList<Type> Types => [typeof(UnboundRelationship)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, 3, 4);
        var id = reader.ReadInteger();
        var type = reader.ReadString();
        var properties = reader.ReadMap();
        var elementId = fieldCount == 4 ? reader.ReadString() : StructFields.IdText(id);
        return new UnboundRelationship(id, elementId, type, properties);
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var relationship = (UnboundRelationship)value;
        var elementIds = writer.Format.ElementIds;
        writer.WriteStructHeader(elementIds ? 4 : 3, Tag);
        writer.WriteInteger(relationship.Id);
        writer.WriteString(relationship.Type);
        writer.WriteMap(relationship.Properties);
        if (elementIds) writer.WriteString(relationship.ElementId);
    }
}
