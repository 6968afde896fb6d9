using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.Contract;

namespace KnowledgeGraph.Neo4j.Tests.Store;

/// <summary>The store contract suite on the real Neo4j 3.1.1: each test wipes the database and seeds its graph.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jStoreContractTests(Neo4jTestServer server) : StoreContractTests
{
    protected override IGraphStore CreateStore(GraphSchema schema, GraphData data)
    {
        server.ResetAsync(schema, data).GetAwaiter().GetResult();
        return new Neo4jGraphStore(schema, server.Runner);
    }
}
