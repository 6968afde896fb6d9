using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Internal.Messaging;

/// <summary>INIT (Bolt 1-2): user agent and auth token.</summary>
internal sealed class InitMessage(string userAgent, IReadOnlyDictionary<string, object?> authToken) : IRequestMessage
{
    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(2, MessageSignature.Hello);
        writer.WriteString(userAgent);
        writer.WriteMap(authToken);
    }

    public override string ToString() => $"INIT {userAgent} {{auth: ******}}";
}
