using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Wraps the store's writer when start-up sets it (e.g. to publish each committed change); registered in DI.</summary>
public interface IGraphWriterDecorator
{
    IGraphWriter Decorate(IGraphWriter writer);
}
