using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Internal.Messaging;

/// <summary>BEGIN (Bolt 3+): bookmarks, tx_timeout, tx_metadata, mode, db.</summary>
internal sealed class BeginMessage(IReadOnlyDictionary<string, object?> extra) : IRequestMessage
{
    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageSignature.Begin);
        writer.WriteMap(extra);
    }

    public override string ToString() => "BEGIN";
}
