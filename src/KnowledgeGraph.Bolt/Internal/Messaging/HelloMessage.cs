using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Internal.Messaging;

/// <summary>HELLO (Bolt 3+): one map with user agent, and auth entries up to 5.0.</summary>
internal sealed class HelloMessage(IReadOnlyDictionary<string, object?> extra) : IRequestMessage
{
    public IReadOnlyDictionary<string, object?> Extra => extra;

    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageSignature.Hello);
        writer.WriteMap(extra);
    }

    public override string ToString() => $"HELLO {{{string.Join(", ", extra.Keys.Where(k => k != "credentials"))}}}";
}
