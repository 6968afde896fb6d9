using KnowledgeGraph.Core.Embedded.Storage;

namespace KnowledgeGraph.Core.Tests.Embedded.Changes;

/// <summary>Two indexes are the same, part by part: what a write patched in place against a full build of the same graph.</summary>
internal static class IndexAssert
{
    public static void Same(GraphIndex expected, GraphIndex actual)
    {
        Assert.Equal(expected.Ids, actual.Ids);
        Assert.Equal(expected.Nodes.Select(n => n.Label), actual.Nodes.Select(n => n.Label));
        foreach (var (label, table) in expected.Labels)
        {
            var other = actual.Labels[label];
            Assert.Equal((table.Start, table.Count), (other.Start, other.Count));
            Assert.Equal(table.Columns.Keys.Order(), other.Columns.Keys.Order());
            foreach (var (name, column) in table.Columns)
            {
                var patched = other.Columns[name];
                for (var row = 0; row < table.Count; row++)
                {
                    Assert.True(Equal(column.ValueAt(row), patched.ValueAt(row)),
                        $"{label.Name}.{name} row {row} ({expected.Ids[table.Start + row]}): {column.ValueAt(row)} vs {patched.ValueAt(row)}");
                }
            }

            Assert.Equal(table.EqualityIndexes.Keys.Order(), other.EqualityIndexes.Keys.Order());
            foreach (var (name, index) in table.EqualityIndexes)
            {
                var patched = other.EqualityIndexes[name];
                Assert.Equal(index.Groups.Keys.Order(StringComparer.Ordinal), patched.Groups.Keys.Order(StringComparer.Ordinal));
                foreach (var (value, rows) in index.Groups)
                {
                    Assert.Equal(rows, patched.Groups[value]);
                }

                Assert.Equal(index.EntryCount, patched.EntryCount);
            }
        }

        foreach (var (definition, table) in expected.Relationships)
        {
            var other = actual.Relationships[definition];
            Assert.Equal(table.Edges.Select(e => (e.StartId, e.EndId)), other.Edges.Select(e => (e.StartId, e.EndId)));
            foreach (var (name, column) in table.Columns)
            {
                for (var row = 0; row < table.Edges.Length; row++)
                {
                    Assert.True(Equal(column.ValueAt(row), other.Columns[name].ValueAt(row)), $"{definition} {name} edge {row}");
                }
            }

            foreach (var direction in new[] { Core.Schema.Direction.Outgoing, Core.Schema.Direction.Incoming })
            {
                var (a, b) = (table.For(direction), other.For(direction));
                Assert.Equal(a.Offsets, b.Offsets);
                Assert.Equal(a.Targets, b.Targets);
                Assert.Equal(a.Edges, b.Edges);
            }
        }

        Assert.Equal(expected.Search.DisplayByNode, actual.Search.DisplayByNode);
        Assert.Equal(expected.Search.DescriptionByNode, actual.Search.DescriptionByNode);
        Assert.Equal(expected.Search.NodesByDisplay, actual.Search.NodesByDisplay);
        Assert.Equal(expected.Territories is null, actual.Territories is null);
        if (expected.Territories is { } hierarchy)
        {
            Assert.Equal(hierarchy.Territories.Start, actual.Territories!.Territories.Start);
            Assert.Equal(hierarchy.AncestorRows.Select(r => r.Order()), actual.Territories.AncestorRows.Select(r => r.Order()));
        }
    }

    private static bool Equal(object? a, object? b) => (a, b) switch
    {
        (string[] x, string[] y) => x.SequenceEqual(y),
        _ => Equals(a, b),
    };
}
