using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Neo4j.Cypher;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Neo4j.Tests.Compiler;

public sealed class CypherCompilerTests
{
    private readonly CypherCompiler _compiler = new(KnowledgeGraphSchema.Instance);

    private CypherStatement Compile(ReadPlan plan) => _compiler.Compile(plan).Statement;

    [Fact]
    public void Text_comparisons_use_the_shadow_property_and_a_normalised_parameter()
    {
        var statement = Compile(Collection(Query(Actor, where: Prop(Actor, "name", Contains, "  ÎLE "))));

        Assert.Contains("n0.`__n_name` IS NOT NULL AND n0.`__n_name` CONTAINS $p0", statement.Text);
        Assert.Equal("ile", statement.Parameters["p0"]);
    }

    [Fact]
    public void Ids_and_enums_compare_exactly()
    {
        var statement = Compile(Collection(Query(Actor, where: And(Prop(Actor, "id", Eq, "ACT-X"), Prop(Actor, "kind", Eq, "COMPANY")))));

        Assert.Contains("n0.`id` = $p0", statement.Text);
        Assert.Contains("n0.`kind` = $p1", statement.Text);
        Assert.Equal("ACT-X", statement.Parameters["p0"]);
        Assert.Equal("COMPANY", statement.Parameters["p1"]);
    }

    [Fact]
    public void Null_comparisons_test_presence_and_other_leaves_are_guarded_so_not_negates()
    {
        var statement = Compile(Collection(Query(Actor, where: And(Prop(Actor, "size", Eq, null), Not(Prop(Actor, "foundedYear", Gt, 2000L))))));

        Assert.Contains("n0.`size` IS NULL", statement.Text);
        Assert.Contains("(NOT (n0.`foundedYear` IS NOT NULL AND n0.`foundedYear` > $p0))", statement.Text);
    }

    [Fact]
    public void In_lists_drop_nulls()
    {
        var statement = Compile(Collection(Query(Actor, where: Prop(Actor, "kind", In, new List<object?> { "COMPANY", null }))));

        Assert.Equal(new List<object> { "COMPANY" }, statement.Parameters["p0"]);
    }

    [Theory]
    [InlineData(Quantifier.Some, "| 1]) > 0")]
    [InlineData(Quantifier.None, "| 1]) = 0")]
    [InlineData(Quantifier.Single, "| 1]) = 1")]
    [InlineData(Quantifier.All, "WHERE NOT (")]
    public void Quantifiers_count_a_pattern_comprehension(Quantifier quantifier, string expected)
    {
        var statement = Compile(Collection(Query(Actor, where: Rel(Actor, "alliances", quantifier, Prop(Alliance, "name", Contains, "PATRONAGE")))));

        Assert.Contains("size([(n0)-[r1:`PARTICIPATES_IN`]->(m0:`Alliance`) WHERE", statement.Text);
        Assert.Contains(expected, statement.Text);
    }

    [Fact]
    public void Incoming_fields_follow_the_relationship_backwards()
    {
        var statement = Compile(Collection(Query(Alliance, where: Rel(Alliance, "participants", Quantifier.All))));

        Assert.Contains("(n0)<-[r1:`PARTICIPATES_IN`]-(m0:`Actor`)", statement.Text);
    }

    [Fact]
    public void Some_and_none_over_equalities_at_a_root_are_pattern_predicates_with_parameter_maps()
    {
        var some = Rel(Alliance, "participants", Quantifier.Some, Prop(Actor, "kind", Eq, "FOUNDATION"), EdgeProp(Field(Alliance, "participants"), "role", Eq, "FUNDER"));
        var statement = Compile(Collection(Query(Alliance, where: Or(some, Not(some with { Quantifier = Quantifier.None })))));

        Assert.Contains("WHERE ((n0)<-[:`PARTICIPATES_IN` {`role`: $p0}]-(:`Actor` {`kind`: $p1}) OR (NOT (NOT (n0)<-", statement.Text);
        Assert.Equal("FUNDER", statement.Parameters["p0"]);
    }

    [Fact]
    public void Inside_a_pattern_comprehension_some_stays_a_counted_comprehension()
    {
        var nested = Rel(Actor, "alliances", Quantifier.Some, Rel(Alliance, "participants", Quantifier.Some, Prop(Actor, "kind", Eq, "ASSOCIATION")));
        var statement = Compile(Collection(Query(Actor, where: nested)));

        Assert.Contains("size([(m0)<-[r", statement.Text);
        Assert.DoesNotContain("{`kind`:", statement.Text);
    }

    [Fact]
    public void Within_follows_part_of_at_any_depth_and_checks_the_ids_exist()
    {
        var compiled = _compiler.Compile(Collection(Query(Territory, where: Within("REG-76", "REG-76"))));

        Assert.Contains("[(n0)-[:`PART_OF`*0..]->(up0:`Territory`) WHERE up0.`id` IN $p0 | 1]", compiled.Statement.Text);
        Assert.Contains("collect(DISTINCT t0.`id`) AS w0", compiled.Statement.Text);
        Assert.Equal(["p0"], compiled.WithinParameters);
        Assert.Equal(new List<string> { "REG-76" }, compiled.Statement.Parameters["p0"]);
    }

    [Fact]
    public void Order_sorts_text_by_shadow_with_the_id_as_tie_break()
    {
        var statement = Compile(Collection(Query(Actor, order: [Desc(Actor, "name"), Asc(Actor, "foundedYear")])));

        Assert.Contains("ORDER BY n0.`__n_name` DESC, n0.`foundedYear` ASC, n0.`id` ASC", statement.Text);
    }

    [Fact]
    public void A_whole_plan_is_one_statement_with_a_column_per_root()
    {
        var (_, plan) = SamplePlans.All().Single(p => p.Name == "multi-root");

        var statement = Compile(plan);

        Assert.Single(statement.Text.Split("RETURN "), s => s.Length > 0 && statement.Text.EndsWith(s, StringComparison.Ordinal));
        Assert.Contains(" AS r0, ", statement.Text);
        Assert.Contains(" AS r3, ", statement.Text);
        Assert.DoesNotContain(";", statement.Text);
    }

    [Fact]
    public void Nested_selections_are_pattern_comprehensions_with_sort_keys_edge_keys_and_edge_properties()
    {
        var statement = Compile(Collection(Query(Actor, projection: AllProperties(Actor,
            Select(Actor, "alliances", Query(Alliance, order: [Asc(Alliance, "startYear")]), "mine", "role")))));

        Assert.Contains("`__s0`: [(x0)-[r1:`PARTICIPATES_IN`]->(m0:`Alliance`) WHERE true | {n: m0 {", statement.Text);
        Assert.Contains("k: [m0.`startYear`, m0.`id`], t: [r1.`role`, r1.`since`], e: r1 {.`role`}}]", statement.Text);
        Assert.DoesNotContain("mine", statement.Text);
    }

    [Fact]
    public void Nested_selections_without_parallel_edges_carry_no_edge_key()
    {
        var statement = Compile(Collection(Query(Actor, projection: AllProperties(Actor, Select(Actor, "territories")))));

        Assert.Contains("k: [m0.`id`]}]", statement.Text);
        Assert.DoesNotContain("t: [", statement.Text);
    }

    [Fact]
    public void Search_scores_on_shadow_properties()
    {
        var statement = Compile(new ReadPlan([new SearchRead("s", "Rameau", [Actor, Study], 5, new Dictionary<LabelDef, NodeProjection>())]));

        Assert.Contains("WHEN s0:`Actor` THEN s0.`__n_name` WHEN s0:`Study` THEN s0.`__n_title`", statement.Text);
        Assert.Contains("THEN 4", statement.Text);
        Assert.Contains("rameau", statement.Parameters.Values);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("WyJBbGxpYW5jZSIsIkFDVC1YIl0")] // ["Alliance","ACT-X"]: another label's order
    public void Foreign_cursors_are_refused(string cursor)
    {
        var error = Assert.Throws<InvalidQueryException>(() => Compile(Collection(Query(Actor, page: new PageRequest(After: cursor)))));

        Assert.Equal("INVALID_CURSOR", error.Code);
    }

    [Theory]
    [InlineData(10, 10, "INVALID_PAGINATION")]
    [InlineData(-1, null, "INVALID_PAGINATION")]
    [InlineData(PageRequest.MaxPageSize + 1, null, "INVALID_PAGINATION")]
    public void Bad_pages_are_refused(int? first, int? last, string code)
    {
        var error = Assert.Throws<InvalidQueryException>(() => Compile(Collection(Query(Actor, page: new PageRequest(First: first, Last: last)))));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Wrong_operators_and_orders_are_refused_with_the_embedded_stores_codes()
    {
        Assert.Equal("INVALID_FILTER", Assert.Throws<InvalidQueryException>(() =>
            Compile(Collection(Query(Actor, where: Prop(Actor, "foundedYear", Contains, "19"))))).Code);
        Assert.Equal("INVALID_FILTER", Assert.Throws<InvalidQueryException>(() =>
            Compile(Collection(Query(Actor, where: Within("FR"))))).Code);
        Assert.Equal("INVALID_ORDER", Assert.Throws<InvalidQueryException>(() =>
            Compile(Collection(Query(Alliance, order: [Asc(Alliance, "impacts")])))).Code);
    }

    [Fact]
    public void Client_text_only_ever_reaches_the_parameters()
    {
        const string marker = "zz`}) detach delete (x) return 'q' //zz";
        string[] withoutClientText = ["eq-null", "neq-null", "int-gt", "int-gte", "int-lt", "float-lte", "bool-eq", "quantifier-incoming", "node", "last-before-null-key", "nested", "node-unknown-pattern", "count-filter-bare-nested", "order-related-desc-before", "nested-aggregate-and-order"];
        foreach (var (name, plan) in SamplePlans.All(marker))
        {
            CypherStatement statement;
            try
            {
                statement = Compile(plan);
            }
            catch (InvalidQueryException)
            {
                continue; // e.g. an enum operand the schema does not know is refused before any Cypher exists
            }

            Assert.False(statement.Text.Contains("zz", StringComparison.Ordinal), $"{name}: client text in the statement");
            Assert.True(withoutClientText.Contains(name) || statement.Parameters.Values.Any(v => Holds(v, "zz")), $"{name}: client text missing from the parameters");
        }
    }

    private static bool Holds(object? value, string marker) => value switch
    {
        string s => s.Contains(marker, StringComparison.Ordinal),
        IEnumerable<object?> items => items.Any(i => Holds(i, marker)),
        System.Collections.IEnumerable items => items.Cast<object?>().Any(i => Holds(i, marker)),
        _ => false,
    };
}
