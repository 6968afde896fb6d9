using System.Text;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Text;
using KnowledgeGraph.Core.Paging;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Compiles a whole <see cref="ReadPlan"/> into ONE parameterised statement that runs on Neo4j 3.1+ and is valid
/// Cypher 5. Each root is matched, ordered and collected in turn (carrying the earlier roots along with
/// <c>head(collect(…))</c>, which keeps one row without grouping on large lists); roots are paged in Cypher by
/// keyset, and the final RETURN projects only the page. <paramref name="useFullTextIndex"/> (servers 5.x and later,
/// <see cref="ForServer"/>): <c>search</c> finds its candidates through the full-text index the DDL creates
/// (<see cref="Seeding.SchemaDdl.FullTextIndexName"/>) instead of scanning the labels; the answer is the same.
/// </summary>
public sealed class CypherCompiler(GraphSchema schema, bool useFullTextIndex = false)
{
    /// <summary>The compiler for a server: the full-text index for search from Neo4j 5 (3.x and 4.x scan).</summary>
    public static CypherCompiler ForServer(GraphSchema schema, Version? serverVersion) =>
        new(schema, useFullTextIndex: serverVersion is { Major: >= 5 });

    public bool UsesFullTextIndex => useFullTextIndex;

    public CompiledRead Compile(ReadPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var context = new CompileContext(schema);
        var body = new StringBuilder();
        var carried = new List<string>();
        var paged = new List<string>();
        var returns = new List<string>();
        for (var i = 0; i < plan.Roots.Count; i++)
        {
            var column = CompiledRead.RootColumn(i);
            switch (plan.Roots[i])
            {
                case CollectionRead collection:
                    returns.Add(Collection(context, collection.Query, i, body, carried, paged) + " AS " + column);
                    break;
                case NodeByIdRead byId:
                    returns.Add(NodeById(context, byId, i, body, carried) + " AS " + column);
                    break;
                case SearchRead search:
                    returns.Add(Search(context, search, i, body, carried, useFullTextIndex) + " AS " + column);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(plan), plan.Roots[i].GetType().Name, "Unknown root read.");
            }
        }

        var text = new StringBuilder();
        text.Append(body);
        text.Append(WithinChecks(context, carried));
        if (paged.Count > 0)
        {
            text.Append("WITH ").AppendJoin(", ", carried.Concat(paged)).Append('\n');
        }

        returns.AddRange(context.WithinChecks.Select((_, j) => $"{CompiledRead.WithinColumn(j)} AS {CompiledRead.WithinColumn(j)}"));
        text.Append("RETURN ").AppendJoin(", ", returns.DefaultIfEmpty("null AS none"));
        return new CompiledRead(plan, new CypherStatement(text.ToString(), context.Parameters), context.WithinChecks);
    }

    private static string WithinChecks(CompileContext context, List<string> carried)
    {
        var text = new StringBuilder();
        for (var j = 0; j < context.WithinChecks.Count; j++)
        {
            var column = CompiledRead.WithinColumn(j);
            var territory = context.WithinLabels[j];
            var variable = "t" + j;
            text.Append($"OPTIONAL MATCH ({variable}:{CypherNames.Label(territory)}) WHERE {CypherNames.Access(variable, GraphSchema.IdProperty)} IN ${context.WithinChecks[j]}\n");
            text.Append($"WITH {Carry(carried)}collect(DISTINCT {CypherNames.Access(variable, GraphSchema.IdProperty)}) AS {column}\n");
            carried.Add(column);
        }
        return text.ToString();
    }

    private static string Carry(IReadOnlyList<string> carried) =>
        string.Concat(carried.Select(c => $"head(collect({c})) AS {c}, "));

    private static string Pass(IReadOnlyList<string> carried) => string.Concat(carried.Select(c => c + ", "));

    private static string Collection(CompileContext context, ConnectionQuery query, int index, StringBuilder body, List<string> carried, List<string> paged)
    {
        PlanValidation.Order(query.Label, query.Order);
        PlanValidation.Page(query.Page);
        PlanValidation.Aggregate(query.Label, query.Aggregate);
        var node = "n" + index;
        var all = "a" + index;
        var window = "b" + index;
        var where = FilterCompiler.Compile(context, query.Where, query.Label, node);
        var aggregated = AggregateCompiler.Collect(query.Aggregate, node, "g" + index);
        body.Append($"OPTIONAL MATCH ({node}:{CypherNames.Label(query.Label)}) WHERE {where}\n");
        if (query.WantsNoNodes)
        {
            // Counting and aggregating only: no ORDER BY, no list of nodes.
            body.Append($"WITH {Carry(carried)}count({node}) AS {all}{AggregateCompiler.Columns(aggregated)}\n");
            carried.Add(all);
            carried.AddRange(aggregated.Select(a => a.Name));
            return $"{{total: {all}, after: {all}, window: {all}, items: []{AggregateCompiler.Entry(aggregated)}}}";
        }

        body.Append($"WITH {Pass(carried)}{node} ORDER BY {SortKeys.OrderBy(node, query.Order)}\n");
        body.Append($"WITH {Carry(carried)}collect({node}) AS {all}{AggregateCompiler.Columns(aggregated)}\n");
        carried.Add(all);
        carried.AddRange(aggregated.Select(a => a.Name));

        var item = "x" + index;
        var after = Cursor(context, query, query.Page.After, item, after: true);
        var before = Cursor(context, query, query.Page.Before, item, after: false);
        var inWindow = string.Join(" AND ", new[] { after, before }.OfType<string>());
        paged.Add(inWindow.Length == 0 ? $"{all} AS {window}" : $"[{item} IN {all} WHERE {inWindow}] AS {window}");
        var afterCount = after is null ? $"size({all})" : $"size([{item} IN {all} WHERE {after}])";

        var slice = PageSlice(context, query.Page, window);
        var projection = ProjectionCompiler.Node(context, item, query.Projection);
        return $"{{total: size({all}), after: {afterCount}, window: size({window}), items: [{item} IN {slice} | " +
               $"{{{ProjectionCompiler.NodeKey}: {projection}, {ProjectionCompiler.SortKeysKey}: {SortKeys.List(item, query.Order)}}}]" +
               $"{AggregateCompiler.Entry(aggregated)}}}";
    }

    private static string? Cursor(CompileContext context, ConnectionQuery query, string? cursor, string item, bool after) =>
        cursor is null
            ? null
            : KeysetPredicate.Build(context, item, query.Order, CursorCodec.Decode(query.Label, query.Order, cursor), after);

    private static string PageSlice(CompileContext context, PageRequest page, string list)
    {
        if (page.Last is { } last)
        {
            var count = context.Parameter((long)last);
            return $"{list}[CASE WHEN size({list}) > {count} THEN size({list}) - {count} ELSE 0 END..]";
        }

        return $"{list}[0..{context.Parameter((long)(page.First ?? PageRequest.DefaultPageSize))}]";
    }

    private string NodeById(CompileContext context, NodeByIdRead read, int index, StringBuilder body, List<string> carried)
    {
        var label = schema.LabelOfId(read.Id);
        if (label is null)
        {
            return "null";
        }

        var node = "n" + index;
        body.Append($"OPTIONAL MATCH ({node}:{CypherNames.Label(label)}) WHERE {CypherNames.Access(node, GraphSchema.IdProperty)} = {context.Parameter(read.Id)}\n");
        body.Append($"WITH {Carry(carried)}head(collect({node})) AS {node}\n");
        carried.Add(node);
        var projection = read.ProjectionByLabel.GetValueOrDefault(label) ?? NodeProjection.IdOnly(label);
        return $"CASE WHEN {node} IS NULL THEN null ELSE {ProjectionCompiler.Node(context, node, projection)} END";
    }

    private static string Search(CompileContext context, SearchRead read, int index, StringBuilder body, List<string> carried, bool fullText)
    {
        PlanValidation.Size(read.First, "first");
        if (read.First == 0 || TextNormalizer.Normalize(read.Text).Length == 0)
        {
            return "[]";
        }

        var search = new SearchCompiler(context, read);
        var node = "s" + index;
        var score = "sc" + index;
        var display = "d" + index;
        var all = "a" + index;
        if (fullText && FullTextQuery.For(read.Text) is { } query)
        {
            // Candidates from the index (a superset of the nodes the score below keeps, see FullTextQuery), then the
            // same score, order and projection as the scan. The collect keeps one row when nothing is found.
            var hits = "h" + index;
            var hit = "u" + index;
            body.Append($"CALL () {{ CALL db.index.fulltext.queryNodes({context.Parameter(Seeding.SchemaDdl.FullTextIndexName)}, {context.Parameter(query)}) " +
                        $"YIELD node RETURN collect(node) AS {hits} }}\n");
            body.Append($"UNWIND CASE WHEN size({hits}) = 0 THEN [null] ELSE {hits} END AS {hit}\n");
            body.Append($"WITH {Pass(carried)}CASE WHEN {search.LabelPredicate(hit)} THEN {hit} END AS {node}\n");
        }
        else
        {
            body.Append($"OPTIONAL MATCH ({node}) WHERE {search.LabelPredicate(node)}\n");
        }

        body.Append($"WITH {Pass(carried)}{node}, {search.Score(node)} AS {score}, {search.Display(node)} AS {display} " +
                    $"ORDER BY {score} DESC, {display} ASC, {CypherNames.Access(node, GraphSchema.IdProperty)} ASC\n");
        body.Append($"WITH {Carry(carried)}collect(CASE WHEN {score} > 0 THEN {node} END) AS {all}\n");
        carried.Add(all);
        var item = "x" + index;
        return $"[{item} IN {all}[0..{context.Parameter((long)Math.Max(read.First, 0))}] | " +
               $"{{score: {search.Score(item)}, {ProjectionCompiler.NodeKey}: {search.Projection(item)}}}]";
    }
}
