using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.Contract;

namespace KnowledgeGraph.Core.Tests.Embedded;

/// <summary>The store contract suite run against the embedded (in-memory) store.</summary>
public sealed class EmbeddedStoreContractTests : StoreContractTests
{
    protected override IGraphStore CreateStore(GraphSchema schema, GraphData data) => new EmbeddedGraphStore(schema, data);
}
