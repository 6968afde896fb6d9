using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Internal.Messaging;

/// <summary>ROUTE (4.4+ form): routing context, bookmarks, and the extra map with db and imp_user.</summary>
internal sealed class RouteMessage(IReadOnlyDictionary<string, object?> routing, IReadOnlyList<string> bookmarks, IReadOnlyDictionary<string, object?> extra)
    : IRequestMessage
{
    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, MessageSignature.Route);
        writer.WriteMap(routing);
        writer.WriteList(bookmarks);
        writer.WriteMap(extra);
    }

    public override string ToString() => $"ROUTE {{db: {extra.GetValueOrDefault("db") ?? "<home>"}}}";
}
