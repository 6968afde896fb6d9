using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Subscriptions.Changes;

/// <summary>Makes the store's writer a <see cref="ChangePublishingWriter"/> (built lazily: it needs the holder that calls this).</summary>
internal sealed class ChangePublishingDecorator(IServiceProvider services) : IGraphWriterDecorator
{
    public IGraphWriter Decorate(IGraphWriter writer) => ActivatorUtilities.CreateInstance<ChangePublishingWriter>(services, writer);
}
