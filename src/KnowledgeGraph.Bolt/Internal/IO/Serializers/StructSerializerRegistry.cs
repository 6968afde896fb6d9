using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Bolt.Internal.IO.Serializers;

/// <summary>The one place that lists every structure serializer, by wire tag and by .NET type.</summary>
internal sealed class StructSerializerRegistry
{
    public static readonly StructSerializerRegistry Instance = new(
    [
        new NodeSerializer(), new RelationshipSerializer(), new UnboundRelationshipSerializer(), new PathSerializer(),
        new DateSerializer(), new TimeSerializer(), new LocalTimeSerializer(), new LocalDateTimeSerializer(),
        new DateTimeSerializer(), new DateTimeZoneIdSerializer(), new DurationSerializer(), new PointSerializer(),
        new VectorSerializer(), new UnsupportedTypeSerializer(),
    ]);

    private readonly IStructSerializer?[] _byTag = new IStructSerializer?[256];
    private readonly Dictionary<Type, IStructSerializer> _byType = [];

    private StructSerializerRegistry(IEnumerable<IStructSerializer> serializers)
    {
        foreach (var serializer in serializers)
        {
            foreach (var tag in serializer.Tags) _byTag[tag] = serializer;
            foreach (var type in serializer.Types) _byType[type] = serializer;
        }
    }

    public bool TryGetReader(byte tag, [NotNullWhen(true)] out IStructSerializer? serializer) =>
        (serializer = _byTag[tag]) is not null;

    public bool TryGetWriter(Type type, [NotNullWhen(true)] out IStructSerializer? serializer) =>
        _byType.TryGetValue(type, out serializer);
}
