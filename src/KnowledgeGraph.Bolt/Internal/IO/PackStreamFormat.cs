using KnowledgeGraph.Bolt.Internal.IO.Serializers;

namespace KnowledgeGraph.Bolt.Internal.IO;

/// <summary>What a protocol version changes in PackStream: element ids (5.0+), UTC date-times (4.4 patch, 5.0+), vectors (6.0+).</summary>
internal sealed record PackStreamFormat(bool ElementIds, bool UtcDateTime, bool Vectors = false)
{
    public static readonly PackStreamFormat Legacy = new(ElementIds: false, UtcDateTime: false);
    public static readonly PackStreamFormat Utc = new(ElementIds: false, UtcDateTime: true);
    public static readonly PackStreamFormat V5 = new(ElementIds: true, UtcDateTime: true);
    public static readonly PackStreamFormat V6 = new(ElementIds: true, UtcDateTime: true, Vectors: true);

    public StructSerializerRegistry Serializers => StructSerializerRegistry.Instance;
}
