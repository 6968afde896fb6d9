using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Paging;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Neo4j.Tests.Compiler;

/// <summary>Named plans covering every construct the compiler knows: operators, quantifiers, within, order, paging, nesting, node, search, several roots.</summary>
public static class SamplePlans
{
    public static string Cursor(LabelDef label, IReadOnlyList<OrderKey> order, object?[] keys, string id) =>
        CursorCodec.Encode(label, order, new CursorPosition(keys, id));

    /// <summary>Every plan, with <paramref name="text"/> as every string value a client could send.</summary>
    public static IReadOnlyList<(string Name, ReadPlan Plan)> All(string text = "Île-de-France") =>
    [
        .. Operators(text).Select(x => (x.Name, Collection(Query(x.Label, where: x.Filter)))),
        ("and-or-not", Collection(Query(Actor, where: And(Or(Prop(Actor, "name", Eq, text), Not(Prop(Actor, "size", Eq, null))), Or(), And())))),
        .. Enum.GetValues<Quantifier>().Select(q => ($"quantifier-{q}", Collection(Query(Actor,
            where: Rel(Actor, "alliances", q, Prop(Alliance, "name", Contains, text), EdgeProp(Field(Actor, "alliances"), "role", Eq, "FUNDER")))))),
        ("quantifier-incoming", Collection(Query(Alliance, where: Rel(Alliance, "participants", Quantifier.All, Prop(Actor, "kind", Eq, "COMPANY"))))),
        ("quantifier-nested", Collection(Query(Actor, where: Rel(Actor, "alliances", Quantifier.Some,
            Rel(Alliance, "territories", Quantifier.Some, Within(text, "REG-76")))))),
        ("within", Collection(Query(Territory, where: Within("REG-76", text)))),
        ("order-desc-paged-after", Collection(Query(Actor, order: [Desc(Actor, "name"), Asc(Actor, "foundedYear")], totalCount: true,
            page: new PageRequest(First: 2, After: Cursor(Actor, [Desc(Actor, "name"), Asc(Actor, "foundedYear")], [text, 1990.0], "ACT-A"))))),
        ("last-before-null-key", Collection(Query(Actor, order: [Asc(Actor, "size")],
            page: new PageRequest(Last: 3, Before: Cursor(Actor, [Asc(Actor, "size")], [null], "ACT-B"))))),
        ("nested", Collection(Query(Actor, projection: AllProperties(Actor,
            Select(Actor, "alliances", Query(Alliance, where: Prop(Alliance, "impacts", Includes, "TRUST"), order: [Desc(Alliance, "startYear")],
                page: new PageRequest(First: 1), totalCount: true,
                projection: AllProperties(Alliance, Select(Alliance, "territories", Query(Territory, where: Within("FR"),
                    projection: AllProperties(Territory, Select(Territory, "parent")))))), "alliances", "role", "since"),
            Select(Actor, "alliances", key: "again"))))),
        .. Issue9Plans.All(text),
        .. Issue15InsidePlans.All(text),
        ("node", new ReadPlan([new NodeByIdRead("node", "ACT-LE-RAMEAU", new Dictionary<LabelDef, NodeProjection>
            { [Actor] = AllProperties(Actor, Select(Actor, "territories")) })])),
        ("node-unknown-pattern", new ReadPlan([new NodeByIdRead("node", text, new Dictionary<LabelDef, NodeProjection>())])),
        ("search", new ReadPlan([new SearchRead("search", text, [], 10, new Dictionary<LabelDef, NodeProjection> { [Actor] = AllProperties(Actor) })])),
        ("search-labels", new ReadPlan([new SearchRead("search", text, [Study, Finding], 5, new Dictionary<LabelDef, NodeProjection>())])),
        ("multi-root", new ReadPlan([
            new CollectionRead("actors", Query(Actor, where: Prop(Actor, "name", StartsWith, text))),
            new CollectionRead("territories", Query(Territory, where: Within("FR"))),
            new NodeByIdRead("node", "REG-76", new Dictionary<LabelDef, NodeProjection> { [Territory] = AllProperties(Territory) }),
            new SearchRead("search", text, [Actor], 3, new Dictionary<LabelDef, NodeProjection>()),
        ])),
    ];

    private static IEnumerable<(string Name, LabelDef Label, Filter Filter)> Operators(string text)
    {
        yield return ("text-eq", Actor, Prop(Actor, "name", Eq, text));
        yield return ("text-neq", Actor, Prop(Actor, "name", Neq, text));
        yield return ("eq-null", Actor, Prop(Actor, "size", Eq, null));
        yield return ("neq-null", Actor, Prop(Actor, "size", Neq, null));
        yield return ("text-in", Actor, Prop(Actor, "name", In, new List<object?> { text, null }));
        yield return ("text-nin", Actor, Prop(Actor, "name", Nin, new List<object?> { text }));
        yield return ("text-contains", Actor, Prop(Actor, "name", Contains, text));
        yield return ("text-starts", Actor, Prop(Actor, "name", StartsWith, text));
        yield return ("text-ends", Actor, Prop(Actor, "name", EndsWith, text));
        yield return ("id-eq", Actor, Prop(Actor, "id", Eq, text));
        yield return ("enum-in", Actor, Prop(Actor, "kind", In, new List<object?> { text }));
        yield return ("int-gt", Actor, Prop(Actor, "foundedYear", Gt, 1990L));
        yield return ("int-gte", Actor, Prop(Actor, "foundedYear", Gte, 1990L));
        yield return ("int-lt", Actor, Prop(Actor, "foundedYear", Lt, 1990L));
        yield return ("float-lte", Finding, Prop(Finding, "value", Lte, 12.5));
        yield return ("bool-eq", Actor, Prop(Actor, "employer", Eq, true));
        yield return ("list-includes", Alliance, Prop(Alliance, "impacts", Includes, text));
        yield return ("list-any", Alliance, Prop(Alliance, "impacts", IncludesAny, new List<object?> { text, "TRUST" }));
        yield return ("list-all", Alliance, Prop(Alliance, "impacts", IncludesAll, new List<object?> { text }));
    }
}
