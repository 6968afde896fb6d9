using KnowledgeGraph.Core.Embedded;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.Contract;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Tests.Embedded.Changes;

/// <summary>
/// The store contract suite against a store that reached its graph by writes applied in place: it starts from
/// every other node (with its required properties only) and their relationships, then the rest comes in three
/// writes — the other nodes and a decoy, the missing properties and relationships, the decoy's deletion.
/// </summary>
public sealed class PatchedStoreContractTests : StoreContractTests
{
    protected override IGraphStore CreateStore(GraphSchema schema, GraphData data)
    {
        var first = data.Nodes.Where((_, i) => i % 2 == 0).ToList();
        var firstIds = first.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var partial = first.Select(n => n with { Properties = Required(n) }).ToList();
        var initial = data.Relationships.Where(r => firstIds.Contains(r.StartId) && firstIds.Contains(r.EndId) && r.GetHashCode() % 2 == 0).ToList();
        var store = new EmbeddedGraphStore(schema, new GraphData(partial, initial));

        var decoy = data.Nodes.Count > 0 ? data.Nodes[0] with { Id = data.Nodes[0].Id + "-DECOY" } : null;
        var others = data.Nodes.Where(n => !firstIds.Contains(n.Id)).ToList();
        store = store.Apply(new GraphDelta([.. others, .. decoy is null ? [] : new[] { decoy }], [], [], [], []));
        var rest = data.Relationships.Except(initial).ToList();
        store = store.Apply(new GraphDelta([], first, [], rest, []));
        return decoy is null ? store : store.Apply(new GraphDelta([], [], [decoy], [], []));
    }

    private static Dictionary<string, object> Required(NodeRecord node) =>
        node.Properties.Where(p => p.Key == GraphSchema.IdProperty || node.Label.FindProperty(p.Key) is { IsRequired: true })
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
