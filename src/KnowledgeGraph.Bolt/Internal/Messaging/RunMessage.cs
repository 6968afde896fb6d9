using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Internal.Messaging;

/// <summary>RUN: query and parameters, plus the extra map (bookmarks, tx_timeout, tx_metadata, mode, db) from Bolt 3.</summary>
internal sealed class RunMessage(string query, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?>? extra)
    : IRequestMessage
{
    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(extra is null ? 2 : 3, MessageSignature.Run);
        writer.WriteString(query);
        writer.WriteMap(parameters);
        if (extra is not null) writer.WriteMap(extra);
    }

    public override string ToString() => $"RUN {query}";
}
