using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>The store built at start-up, before the server listens; <see cref="IGraphStore"/> resolves to it.</summary>
public sealed class GraphStoreHolder
{
    private IGraphStore? store;

    public bool IsLoaded => store is not null;

    public int NodeCount { get; private set; }

    public int RelationshipCount { get; private set; }

    public IGraphStore Store =>
        store ?? throw new InvalidOperationException("The graph store is used before start-up loaded it.");

    public void Set(IGraphStore loaded, int nodeCount, int relationshipCount)
    {
        (NodeCount, RelationshipCount) = (nodeCount, relationshipCount);
        store = loaded;
    }
}
