namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>Relationship 'R': id, start, end, type, properties [, element ids (5.0+)].</summary>
internal sealed class RelationshipSerializer : IStructSerializer
{
    public const byte Tag = 0x52;

    public IReadOnlyList<byte> Tags => [Tag];

    public IReadOnlyList<Type> Types => [typeof(Relationship)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, 5, 8);
        var id = reader.ReadInteger();
        var start = reader.ReadInteger();
        var end = reader.ReadInteger();
        var type = reader.ReadString();
        var properties = reader.ReadMap();
        if (fieldCount == 5)
            return new Relationship(id, StructFields.IdText(id), start, StructFields.IdText(start), end, StructFields.IdText(end), type, properties);
        return new Relationship(id, reader.ReadString(), start, reader.ReadString(), end, reader.ReadString(), type, properties);
    }

    public void Write(PackStreamWriter writer, object value)
    {
        var relationship = (Relationship)value;
        var elementIds = writer.Format.ElementIds;
        writer.WriteStructHeader(elementIds ? 8 : 5, Tag);
        writer.WriteInteger(relationship.Id);
        writer.WriteInteger(relationship.StartNodeId);
        writer.WriteInteger(relationship.EndNodeId);
        writer.WriteString(relationship.Type);
        writer.WriteMap(relationship.Properties);
        if (!elementIds) return;
        writer.WriteString(relationship.ElementId);
        writer.WriteString(relationship.StartNodeElementId);
        writer.WriteString(relationship.EndNodeElementId);
    }
}
