using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;

namespace KnowledgeGraph.Benchmarks.CypherVsHandwritten;

/// <summary>The five queries: an edge-property filter, a count filter, two orders through relationships, an aggregate.</summary>
internal static class Queries
{
    private static readonly GraphSchema Schema = KnowledgeGraphSchema.Instance;

    public static IReadOnlyList<BenchmarkQuery> All() =>
    [
        new("edge-filter",
            "alliances(where: { participantsEdges: { some: { role: { eq: FUNDER }, node: { kind: { eq: FOUNDATION } } } } }, order: [{ name: ASC }], first: 20) { totalCount nodes { id name } }",
            Root(Query(Alliance, new RelationshipFilter(Field(Alliance, "participants"), Quantifier.Some,
                Prop(Actor, "kind", Eq, "FOUNDATION"), EdgeProp(Field(Alliance, "participants"), "role", Eq, "FUNDER")),
                [new OrderKey(Alliance.Property("name"), SortDirection.Ascending)])),
            """
            MATCH (f:Actor {kind: 'FOUNDATION'})-[:PARTICIPATES_IN {role: 'FUNDER'}]->(a:Alliance)
            WITH DISTINCT a ORDER BY a.`__n_name`, a.id
            WITH collect(a) AS all
            RETURN size(all) AS total, [x IN all[0..20] | x {.id, .name}] AS items
            """,
            Items, HandItems),
        new("count-filter",
            "actors(where: { alliancesCount: { gt: 2 } }, first: 20) { totalCount nodes { id name } }",
            Root(Query(Actor, new CountFilter(Field(Actor, "alliances"), null, null, [new CountComparison(Gt, 2)]), [])),
            """
            MATCH (a:Actor)-[:PARTICIPATES_IN]->(:Alliance)
            WITH a, count(*) AS alliances WHERE alliances > 2
            WITH a ORDER BY a.id
            WITH collect(a) AS all
            RETURN size(all) AS total, [x IN all[0..20] | x {.id, .name}] AS items
            """,
            Items, HandItems),
        new("order-by-territory-name",
            "alliances(order: [{ territories: { name: ASC } }], first: 20) { nodes { id name } }",
            Root(Query(Alliance, null, [OrderKey.Related(Field(Alliance, "territories"), Territory.Property("name"), SortDirection.Ascending)])),
            """
            MATCH (a:Alliance)
            OPTIONAL MATCH (a)-[:LOCATED_IN]->(t:Territory)
            WITH a, min(t.`__n_name`) AS territory
            ORDER BY territory, a.id
            LIMIT 20
            RETURN [x IN collect(a) | x {.id, .name}] AS items
            """,
            Items, HandItems),
        new("order-by-alliance-count",
            "actors(order: [{ alliancesCount: DESC }], first: 20) { nodes { id name } }",
            Root(Query(Actor, null, [OrderKey.Count(Field(Actor, "alliances"), SortDirection.Descending)])),
            """
            MATCH (a:Actor)
            OPTIONAL MATCH (a)-[p:PARTICIPATES_IN]->(:Alliance)
            WITH a, count(p) AS alliances
            ORDER BY alliances DESC, a.id
            LIMIT 20
            RETURN [x IN collect(a) | x {.id, .name}] AS items
            """,
            Items, HandItems),
        new("aggregate-occitanie",
            "alliances(where: { territories: { some: { within: \"REG-76\" } } }) { aggregate { count startYear { min max avg } category { value count } } }",
            Root(Query(Alliance, new RelationshipFilter(Field(Alliance, "territories"), Quantifier.Some, new WithinFilter(["REG-76"]), null), [])
                with { Page = new PageRequest(First: 0), Aggregate = new AggregateRequest([Alliance.Property("startYear")], [Alliance.Property("category")]) }),
            """
            MATCH (r:Territory {id: 'REG-76'})
            MATCH (a:Alliance)
            WHERE size([(a)-[:LOCATED_IN]->(:Territory)-[:PART_OF*0..]->(r) | 1]) > 0
            WITH a.category AS category, count(a) AS n, min(a.startYear) AS lo, max(a.startYear) AS hi, avg(a.startYear) AS mean
            RETURN sum(n) AS total, min(lo) AS lo, max(hi) AS hi, collect({value: category, count: n}) AS categories
            """,
            record => ((IDictionary<string, object?>)record["r0"]!)["total"]!.ToString()!,
            record => record["total"]!.ToString()!),
    ];

    private static ReadPlan Root(ConnectionQuery query) => new([new CollectionRead("items", query)]);

    private static ConnectionQuery Query(LabelDef label, Filter? where, IReadOnlyList<OrderKey> order) =>
        new(label, where, order, new PageRequest(First: 20), new NodeProjection([label.Property("id"), label.Property("name")], []), true);

    private static RelationshipField Field(LabelDef label, string name) => Schema.FindField(label, name)!;

    private static PropertyFilter Prop(LabelDef label, string property, ComparisonOperator op, object value) => new(label.Property(property), op, value);

    private static PropertyFilter EdgeProp(RelationshipField field, string property, ComparisonOperator op, object value) =>
        new(field.Relationship.FindProperty(property)!, op, value);

    private static string Items(IReadOnlyDictionary<string, object?> record) =>
        IdsOf(((IReadOnlyDictionary<string, object?>)record["r0"]!)["items"], item => ((IReadOnlyDictionary<string, object?>)item)["n"]);

    private static string HandItems(IReadOnlyDictionary<string, object?> record) => IdsOf(record["items"], item => item);

    private static string IdsOf(object? items, Func<IReadOnlyDictionary<string, object?>, object?> node) =>
        string.Join(",", ((IReadOnlyList<object?>)items!).Select(i => ((IReadOnlyDictionary<string, object?>)node((IReadOnlyDictionary<string, object?>)i!)!)["id"]));
}
