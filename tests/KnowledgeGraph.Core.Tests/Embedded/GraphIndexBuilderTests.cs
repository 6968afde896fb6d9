using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Tests.Text;

namespace KnowledgeGraph.Core.Tests.Embedded;

/// <summary>
/// The index built from a graph in any input order matches the definition computed the plain way: nodes by
/// (schema label order, ordinal id), columns holding each node's values (text normalised), adjacency slots by
/// (neighbour, edge), and the search order by (normalised display value, ordinal id).
/// </summary>
public sealed class GraphIndexBuilderTests
{
    private static readonly GraphData Data = ShuffledGraph();
    private static readonly GraphIndex Index = GraphIndexBuilder.Build(TestGraph.Schema, Data);

    [Fact]
    public void Orders_nodes_by_label_then_ordinal_id()
    {
        var position = TestGraph.Schema.Labels.Select((label, i) => (label, i)).ToDictionary(x => x.label, x => x.i);
        var expected = Data.Nodes.OrderBy(n => position[n.Label]).ThenBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Id);

        Assert.Equal(expected, Index.Ids);
        Assert.All(Index.Ids.Select((id, i) => (id, i)), x => Assert.Equal(x.i, Index.NodeById[x.id]));
    }

    [Fact]
    public void Fills_every_column_with_the_node_values()
    {
        foreach (var table in Index.LabelTables)
        {
            foreach (var (name, column) in table.Columns)
            {
                for (var row = 0; row < table.Count; row++)
                {
                    var node = Index.Nodes[table.Start + row];
                    var raw = name == GraphSchema.IdProperty ? node.Id : node.Properties.GetValueOrDefault(name);
                    if (column is ListColumn)
                    {
                        Assert.Equal(raw is not null, column.IsPresent(row));
                        Assert.True(raw is null || column.Predicate(ComparisonOperator.IncludesAll, ((IEnumerable<string>)raw).ToList<object?>(), 0)(row));
                        continue;
                    }

                    Assert.Equal(Expected(column.Property, raw), column.IsPresent(row) ? column.SortValue(row) : null);
                }
            }
        }
    }

    [Fact]
    public void Sorts_each_adjacency_row_by_neighbour_then_edge()
    {
        foreach (var definition in TestGraph.Schema.Relationships)
        {
            var table = Index.Table(definition);
            var from = Index.Table(definition.From);
            var outgoing = table.For(Direction.Outgoing);
            for (var row = 0; row < from.Count; row++)
            {
                var expected = table.Edges
                    .Select((edge, e) => (edge, e))
                    .Where(x => Index.NodeById[x.edge.StartId] == from.Start + row)
                    .Select(x => (Index.NodeById[x.edge.EndId], x.e))
                    .Order();
                var slots = Enumerable.Range(outgoing.Offsets[row], outgoing.Offsets[row + 1] - outgoing.Offsets[row]);
                Assert.Equal(expected, slots.Select(s => (outgoing.Targets[s], outgoing.Edges[s])));
            }
        }
    }

    [Fact]
    public void Orders_search_by_normalised_display_then_ordinal_id()
    {
        var expected = Enumerable.Range(0, Index.Nodes.Length)
            .OrderBy(n => Index.Search.DisplayByNode[n], StringComparer.Ordinal)
            .ThenBy(n => Index.Ids[n], StringComparer.Ordinal);

        Assert.Equal(expected, Index.Search.NodesByDisplay);
        Assert.Contains(Index.Search.DisplayByNode.GroupBy(d => d), g => g.Count() > 2);
    }

    [Fact]
    public void Reports_a_bad_relationship_end_as_an_argument_error()
    {
        var graph = ScaledTestGraph.Build(scale: 1);
        graph.Based("ACT-NOPE", "FR");
        graph.Located("ALL-NOPE", "FR");

        var error = Assert.Throws<ArgumentException>(() => GraphIndexBuilder.Build(TestGraph.Schema, graph.Build()));
        Assert.Contains("NOPE", error.Message, StringComparison.Ordinal);
    }

    private static GraphData ShuffledGraph()
    {
        var graph = ScaledTestGraph.Build(scale: 1);
        // Ids whose ordinal order differs from a culture-aware one, and names equal once normalised.
        string[] ids = ["ACT-Zb", "ACT-ZB", "ACT-Z-a", "ACT-Za", "ACT-Z_a", "ACT-Zä", "ACT-Z0"];
        string[] names = ["Île Verte", "ile verte", "ILE  VERTE", "Île-Verte", "Ile Verte ", "Œuvre", "oeuvre"];
        for (var k = 0; k < ids.Length; k++)
        {
            graph.Actor(ids[k], names[k], "COMPANY");
            graph.Based(ids[k], "FR");
            graph.Based(ids[k], "FR");
        }

        var data = graph.Build();
        var random = new Random(5);
        return new GraphData([.. data.Nodes.OrderBy(_ => random.Next())], [.. data.Relationships.OrderBy(_ => random.Next())]);
    }

    private static object? Expected(PropertyDef property, object? raw) => raw switch
    {
        null => null,
        string text when property.IsText => ReferenceNormalizer.Normalize(text),
        long or int => Convert.ToDouble(raw, System.Globalization.CultureInfo.InvariantCulture),
        _ => raw,
    };
}
