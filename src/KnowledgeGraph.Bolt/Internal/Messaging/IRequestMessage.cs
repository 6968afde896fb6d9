using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Internal.Messaging;

/// <summary>A client message; its ToString names it without any credential.</summary>
internal interface IRequestMessage
{
    void WriteTo(PackStreamWriter writer);
}
