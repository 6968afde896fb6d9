namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>Date 'D': days since 1970-01-01, as <see cref="DateOnly"/>.</summary>
internal sealed class DateSerializer : IStructSerializer
{
    public const byte Tag = 0x44;

    public IReadOnlyList<byte> Tags => [Tag];

    public IReadOnlyList<Type> Types => [typeof(DateOnly)];

    public object Read(PackStreamReader reader, byte tag, int fieldCount)
    {
        StructFields.Expect(tag, fieldCount, 1);
        return TemporalMath.DateFromEpochDays(reader.ReadInteger());
    }

    public void Write(PackStreamWriter writer, object value)
    {
        writer.WriteStructHeader(1, Tag);
        writer.WriteInteger(TemporalMath.EpochDays((DateOnly)value));
    }
}
