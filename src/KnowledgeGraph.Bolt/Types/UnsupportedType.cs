namespace KnowledgeGraph.Bolt;

/// <summary>
/// A value the server could not send in the negotiated Bolt version (Bolt 6.0 structure <c>?</c>): the type's name,
/// the first protocol version that can carry it, and the server's explanation. It can be read, never sent.
/// </summary>
public sealed record UnsupportedType(string Name, BoltProtocolVersion MinimumProtocolVersion, string? Message)
{
    public override string ToString() => $"UnsupportedType({Name}, needs Bolt {MinimumProtocolVersion}{(Message is null ? "" : ": " + Message)})";
}
