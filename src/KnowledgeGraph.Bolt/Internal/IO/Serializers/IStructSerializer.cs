namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>Reads and writes one PackStream structure family.</summary>
internal interface IStructSerializer
{
    IReadOnlyList<byte> Tags { get; }

    IReadOnlyList<Type> Types { get; }

    object Read(PackStreamReader reader, byte tag, int fieldCount);

    void Write(PackStreamWriter writer, object value);
}
