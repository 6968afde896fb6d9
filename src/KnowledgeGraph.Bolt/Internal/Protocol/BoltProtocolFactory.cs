namespace KnowledgeGraph.Bolt.Internal.Protocol;

/// <summary>The one switch from a negotiated version to its behaviour.</summary>
internal static class BoltProtocolFactory
{
    public static IBoltProtocol Create(BoltProtocolVersion version) => version switch
    {
        { Major: 1 } => new BoltProtocolV1(),
        { Major: 3 } => new BoltProtocolV3(),
        { Major: 4, Minor: 4 } => new BoltProtocolV44(),
        { Major: 5 } or { Major: 6, Minor: 0 } => new BoltProtocolV5(version),
        _ => throw new ProtocolException($"Bolt: version {version} is not supported."),
    };
}
