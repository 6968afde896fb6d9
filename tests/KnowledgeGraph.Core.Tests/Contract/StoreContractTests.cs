using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestGraphs;

namespace KnowledgeGraph.Core.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must show, whatever it is built on. A store test class derives from
/// this and says how to build a store holding a given graph. Each test builds the graph it asserts on.
/// </summary>
public abstract partial class StoreContractTests
{
    protected abstract IGraphStore CreateStore(GraphSchema schema, GraphData data);

    protected IGraphStore Store(TestGraph graph) => CreateStore(TestGraph.Schema, graph.Build());

    protected async Task<ConnectionResult> ReadConnection(TestGraph graph, ConnectionQuery query) =>
        await ReadConnection(Store(graph), query);

    protected static async Task<ConnectionResult> ReadConnection(IGraphStore store, ConnectionQuery query)
    {
        var result = await store.ReadAsync(Plans.Collection(query), CancellationToken.None);
        return result.Get<ConnectionResult>("items") ?? throw new InvalidOperationException("No connection under 'items'.");
    }

    /// <summary>The ids of the page's nodes, comma-separated, in page order.</summary>
    protected static string Ids(ConnectionResult connection) => string.Join(",", connection.Edges.Select(e => e.Node.Id));

    protected async Task<string> MatchingIds(TestGraph graph, LabelDef label, Filter filter) =>
        Ids(await ReadConnection(graph, Plans.Query(label, where: filter)));

    protected async Task<InvalidQueryException> AssertRefused(TestGraph graph, ConnectionQuery query, string code)
    {
        var store = Store(graph);
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => store.ReadAsync(Plans.Collection(query), CancellationToken.None));
        Assert.Equal(code, error.Code);
        return error;
    }

    /// <summary>A property value of a projected node, null when absent.</summary>
    protected static object? Value(NodeResult node, string property) => node.Properties.GetValueOrDefault(property);
}
