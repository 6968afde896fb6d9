using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Internal.Messaging;

/// <summary>LOGON (Bolt 5.1+): the auth token.</summary>
internal sealed class LogonMessage(IReadOnlyDictionary<string, object?> authToken) : IRequestMessage
{
    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageSignature.Logon);
        writer.WriteMap(authToken);
    }

    public override string ToString() => "LOGON {******}";
}
