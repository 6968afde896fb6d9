using KnowledgeGraph.Core.Embedded.Columns;
using KnowledgeGraph.Core.Embedded.Storage;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Embedded.Changes;

/// <summary>
/// Applies a validated <see cref="GraphDelta"/> to a <see cref="GraphIndex"/> without touching it: the result
/// shares every part the write leaves as it is and copies (with the write applied) only the parts it changes. See
/// README.md in this folder for the layout and what each write costs.
/// </summary>
internal static class GraphIndexPatcher
{
    /// <summary>A write changing more records than this share of the graph is applied by a full build instead.</summary>
    private const int RebuildFraction = 8;

    public static GraphIndex Apply(GraphIndex old, GraphDelta delta)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(delta);
        if (delta.IsEmpty)
        {
            return old;
        }

        var changed = delta.CreatedNodes.Count + delta.UpdatedNodes.Count + delta.DeletedNodes.Count
            + delta.CreatedRelationships.Count + delta.DeletedRelationships.Count;
        var size = old.Nodes.Length + old.Relationships.Values.Sum(t => t.Edges.Length);
        if (changed > 1024 && changed > size / RebuildFraction)
        {
            return GraphIndexBuilder.Build(old.Schema, delta.ApplyTo(GraphIndexData.Materialize(old)));
        }

        var schema = old.Schema;
        var plans = PlanLabels(old, delta);
        var newLabels = new Dictionary<LabelDef, LabelTable>(schema.Labels.Count);
        var starts = new Dictionary<LabelDef, int>(schema.Labels.Count);
        var runs = new List<RowRun>();
        var start = 0;
        foreach (var label in schema.Labels)
        {
            var table = old.Labels[label];
            starts[label] = start;
            if (plans.TryGetValue(label, out var plan))
            {
                runs.AddRange(plan.Runs.Select(r => new RowRun(table.Start + r.OldStart, start + r.NewStart, r.Length)));
                runs.AddRange(plan.Filled.Where(f => plan.NewToOld[f.Row] >= 0)
                    .Select(f => new RowRun(table.Start + plan.NewToOld[f.Row], start + f.Row, 1)));
                start += plan.NewCount;
            }
            else
            {
                runs.Add(new RowRun(table.Start, start, table.Count));
                newLabels[label] = start == table.Start ? table : new LabelTable(label, start, table.Count, table.Columns, table.EqualityIndexes);
                start += table.Count;
            }
        }

        // The parts of a write are independent arrays: built side by side, the labels' columns and the node arrays
        // first, then every relationship table and the search order (they read both).
        var patched = new LabelTable[plans.Count];
        var touched = plans.ToArray();
        NodeRecord[] nodes = old.Nodes;
        var ids = old.Ids;
        Parallel.Invoke(
            () => Parallel.For(0, touched.Length, k => patched[k] = PatchLabel(old.Labels[touched[k].Key], starts[touched[k].Key], touched[k].Value)),
            () => (nodes, ids) = PatchNodes(old, plans, starts, runs, start));
        for (var k = 0; k < touched.Length; k++)
        {
            newLabels[touched[k].Key] = patched[k];
        }

        var nodeMap = NodeIndexMap.FromRuns(runs, old.Nodes.Length);
        var newIds = new NodeIdIndex(ids, [.. schema.Labels.Select(l => (newLabels[l].Start, newLabels[l].End))]);
        Dictionary<RelationshipDef, RelationshipTable>? newRelationships = null;
        var search = old.Search;
        Parallel.Invoke(
            () => newRelationships = PatchRelationships(old, delta, plans, newLabels, nodeMap, newIds),
            () => search = plans.Count == 0 ? old.Search : PatchSearch(old.Search, old, plans, newLabels, runs, nodeMap, ids));
        var hierarchy = PatchHierarchy(old, schema, plans, delta, newLabels, newRelationships!);
        return new GraphIndex(schema, nodes, ids, newLabels, newRelationships!, hierarchy, search);
    }

    private static Dictionary<LabelDef, LabelPlan> PlanLabels(GraphIndex old, GraphDelta delta)
    {
        var byLabel = new Dictionary<LabelDef, (List<string> Deleted, List<NodeRecord> Updated, List<NodeRecord> Created)>();
        (List<string>, List<NodeRecord>, List<NodeRecord>) Of(LabelDef label) =>
            byLabel.TryGetValue(label, out var lists) ? lists : byLabel[label] = ([], [], []);
        foreach (var node in delta.DeletedNodes)
        {
            Of(node.Label).Item1.Add(node.Id);
        }

        foreach (var node in delta.UpdatedNodes)
        {
            Of(node.Label).Item2.Add(node);
        }

        foreach (var node in delta.CreatedNodes)
        {
            Of(node.Label).Item3.Add(node);
        }

        return byLabel.ToDictionary(
            pair => pair.Key,
            pair =>
            {
                var table = old.Labels.TryGetValue(pair.Key, out var t)
                    ? t
                    : throw new ArgumentException($"The node label {pair.Key.Name} is outside the schema.");
                return LabelPlan.Create(old.Ids.AsSpan(table.Start, table.Count), pair.Value.Deleted, pair.Value.Updated, pair.Value.Created);
            });
    }

    private static LabelTable PatchLabel(LabelTable table, int start, LabelPlan plan)
    {
        var names = table.Columns.Keys.ToArray();
        var built = new Column[names.Length];
        Parallel.For(0, names.Length, k => built[k] = PatchColumn(names[k], table.Columns[names[k]], plan));
        var columns = new Dictionary<string, Column>(names.Length, StringComparer.Ordinal);
        for (var k = 0; k < names.Length; k++)
        {
            columns[names[k]] = built[k];
        }

        var indexes = table.EqualityIndexes.ToDictionary(
            pair => pair.Key,
            pair => EqualityIndexPatch.Apply(
                pair.Value, ((StringColumn)table.Columns[pair.Key]).Values, ((StringColumn)columns[pair.Key]).Values, plan),
            StringComparer.Ordinal);
        return new LabelTable(table.Label, start, plan.NewCount, columns, indexes);
    }

    private static Column PatchColumn(string name, Column column, LabelPlan plan)
    {
        var builder = column.Splice(plan.NewCount, plan.Runs);
        foreach (var (row, node) in plan.Filled)
        {
            if (name == GraphSchema.IdProperty)
            {
                builder.Set(row, node.Id);
            }
            else if (node.Properties.TryGetValue(name, out var value))
            {
                builder.Set(row, value);
            }
        }

        return builder.Build();
    }

    private static (NodeRecord[] Nodes, string[] Ids) PatchNodes(
        GraphIndex old, Dictionary<LabelDef, LabelPlan> plans, Dictionary<LabelDef, int> starts, List<RowRun> runs, int count)
    {
        if (plans.Count == 0)
        {
            return (old.Nodes, old.Ids);
        }

        var nodes = new NodeRecord[count];
        var moved = plans.Values.Any(p => p.RowsMoved);
        var ids = moved ? new string[count] : old.Ids;
        foreach (var run in runs)
        {
            Array.Copy(old.Nodes, run.OldStart, nodes, run.NewStart, run.Length);
            if (moved)
            {
                Array.Copy(old.Ids, run.OldStart, ids, run.NewStart, run.Length);
            }
        }

        foreach (var (label, plan) in plans)
        {
            foreach (var (row, node) in plan.Filled)
            {
                nodes[starts[label] + row] = node;
                if (moved)
                {
                    ids[starts[label] + row] = node.Id;
                }
            }
        }

        return (nodes, ids);
    }

    private static Dictionary<RelationshipDef, RelationshipTable> PatchRelationships(
        GraphIndex old, GraphDelta delta, Dictionary<LabelDef, LabelPlan> plans, Dictionary<LabelDef, LabelTable> labels,
        NodeIndexMap nodeMap, NodeIdIndex newIds)
    {
        var deleted = delta.DeletedRelationships.ToLookup(r => r.Definition);
        var created = delta.CreatedRelationships.ToLookup(r => r.Definition);
        foreach (var definition in deleted.Select(g => g.Key).Concat(created.Select(g => g.Key)))
        {
            if (!old.Relationships.ContainsKey(definition))
            {
                throw new ArgumentException($"The relationship {definition} is outside the schema.");
            }
        }

        var tables = old.Relationships.ToArray();
        var patched = new RelationshipTable[tables.Length];
        Parallel.For(0, tables.Length, k =>
        {
            var (definition, table) = tables[k];
            var ends = new NodeEnds(
                old.Labels[definition.From], old.Labels[definition.To], labels[definition.From], labels[definition.To],
                plans.GetValueOrDefault(definition.From), plans.GetValueOrDefault(definition.To), old.NodeById, newIds);
            patched[k] = RelationshipTablePatch.Apply(table, ends, nodeMap, [.. deleted[definition]], [.. created[definition]]);
        });
        var result = new Dictionary<RelationshipDef, RelationshipTable>(tables.Length);
        for (var k = 0; k < tables.Length; k++)
        {
            result[tables[k].Key] = patched[k];
        }

        return result;
    }

    private static TerritoryHierarchy? PatchHierarchy(
        GraphIndex old, GraphSchema schema, Dictionary<LabelDef, LabelPlan> plans, GraphDelta delta,
        Dictionary<LabelDef, LabelTable> labels, Dictionary<RelationshipDef, RelationshipTable> relationships)
    {
        if (old.Territories is not { } hierarchy)
        {
            return null;
        }

        var territories = hierarchy.Territories.Label;
        var partOf = GraphIndexBuilder.PartOf(schema);
        var partOfChanged = delta.CreatedRelationships.Concat(delta.DeletedRelationships).Any(r => r.Definition == partOf);
        if (plans.TryGetValue(territories, out var plan) && plan.RowsMoved || partOfChanged)
        {
            return GraphIndexBuilder.BuildHierarchy(schema, labels, relationships);
        }

        return ReferenceEquals(labels[territories], hierarchy.Territories) ? hierarchy : hierarchy.WithTable(labels[territories]);
    }

    private static SearchIndex PatchSearch(
        SearchIndex old, GraphIndex oldIndex, Dictionary<LabelDef, LabelPlan> plans, Dictionary<LabelDef, LabelTable> labels,
        List<RowRun> runs, NodeIndexMap nodeMap, string[] ids)
    {
        var display = new string[ids.Length];
        var description = new string?[ids.Length];
        foreach (var run in runs)
        {
            Array.Copy(old.DisplayByNode, run.OldStart, display, run.NewStart, run.Length);
            Array.Copy(old.DescriptionByNode, run.OldStart, description, run.NewStart, run.Length);
        }

        // Old nodes that leave the display order: deleted ones, and updated ones (they come back at their new place).
        var leaving = new HashSet<int>();
        var filled = new List<int>();
        foreach (var (label, plan) in plans)
        {
            var table = labels[label];
            var (displayColumn, descriptionColumn) = SearchColumns(table);
            foreach (var (row, _) in plan.Filled)
            {
                var node = table.Start + row;
                display[node] = displayColumn.Values[row] ?? string.Empty;
                description[node] = descriptionColumn?.Values[row];
                filled.Add(node);
                if (plan.NewToOld[row] >= 0)
                {
                    leaving.Add(oldIndex.Labels[label].Start + plan.NewToOld[row]);
                }
            }

            for (var oldRow = 0; oldRow < plan.OldCount; oldRow++)
            {
                if (plan.OldToNew[oldRow] < 0)
                {
                    leaving.Add(oldIndex.Labels[label].Start + oldRow);
                }
            }
        }

        var kept = new int[old.NodesByDisplay.Length - leaving.Count];
        if (leaving.Count == 0)
        {
            nodeMap.RemapInto(old.NodesByDisplay, kept);
        }
        else
        {
            var next = 0;
            foreach (var node in old.NodesByDisplay)
            {
                if (!leaving.Contains(node))
                {
                    kept[next++] = node;
                }
            }

            nodeMap.RemapInto(kept, kept);
        }

        filled.Sort((a, b) => SearchIndex.Compare(display[a], ids[a], display[b], ids[b]));
        var sorted = new int[kept.Length + filled.Count];
        int from = 0, to = 0;
        foreach (var node in filled)
        {
            var at = LowerBound(kept, from, display, ids, node);
            Array.Copy(kept, from, sorted, to, at - from);
            to += at - from;
            sorted[to++] = node;
            from = at;
        }

        Array.Copy(kept, from, sorted, to, kept.Length - from);
        return SearchIndex.Sorted(display, description, sorted);
    }

    /// <summary>The first position at or after <paramref name="from"/> whose node sorts after <paramref name="node"/>.</summary>
    private static int LowerBound(int[] sorted, int from, string[] display, string[] ids, int node)
    {
        int low = from, high = sorted.Length;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            var other = sorted[middle];
            if (SearchIndex.Compare(display[other], ids[other], display[node], ids[node]) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    internal static (StringColumn Display, StringColumn? Description) SearchColumns(LabelTable table) =>
        ((StringColumn)table.Columns[table.Label.DisplayProperty],
            table.Label.SearchProperties.FirstOrDefault(p => p.Name != table.Label.DisplayProperty) is { } p
                ? (StringColumn)table.Columns[p.Name]
                : null);
}
