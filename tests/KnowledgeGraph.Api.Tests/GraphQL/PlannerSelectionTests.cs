using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema.Model;
using static KnowledgeGraph.Api.Tests.GraphQL.PlannerTestKit;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class PlannerSelectionTests
{
    [Theory]
    [InlineData("nodes { name kind }", "id name kind")]
    [InlineData("edges { cursor node { name } }", "id name")]
    [InlineData("nodes { name } edges { node { kind name } }", "id name kind")]
    [InlineData("n: nodes { label: name } e: edges { node { id } }", "id name")]
    [InlineData("nodes { ...ActorBits }", "id name website")]
    [InlineData("nodes { ... on Actor { name } ... on Node { id } }", "id name")]
    [InlineData("nodes { name @skip(if: true) kind @include(if: false) website @include(if: true) }", "id website")]
    [InlineData("nodes { ... @skip(if: true) { name } }", "id")]
    [InlineData("nodes { territories { nodes { name } } }", "id territories:territories(id name)")]
    [InlineData("nodes { here: territories(first: 1) { nodes { name } } all: territories { totalCount } }",
        "id here:territories(id name) all:territories(id)")]
    [InlineData("nodes { alliances { edges { role since node { name } } } }", "id alliances:alliances[role since](id name)")]
    [InlineData("nodes { __typename name }", "id name")]
    public void Selections_project_properties_and_nested_relationships(string selection, string expected)
    {
        var fragment = selection.Contains("ActorBits", StringComparison.Ordinal) ? " fragment ActorBits on Actor { name website }" : "";
        var query = Collection($"{{ actors {{ {selection} }} }}{fragment}");
        Assert.Equal(expected, PlanText.Projection(query.Projection));
    }

    [Fact]
    public void Skip_and_include_read_variables()
    {
        var query = Collection(
            "query($withName: Boolean!, $noKind: Boolean!) { actors { nodes { name @include(if: $withName) kind @skip(if: $noKind) } } }",
            """{ "withName": true, "noKind": true }""");
        Assert.Equal("id name", PlanText.Projection(query.Projection));
    }

    [Fact]
    public void Total_count_is_asked_only_when_selected()
    {
        Assert.True(Collection("{ actors { totalCount } }").IncludeTotalCount);
        Assert.False(Collection("{ actors { nodes { id } pageInfo { hasNextPage } } }").IncludeTotalCount);
        Assert.False(Collection("{ actors { totalCount @skip(if: true) nodes { id } } }").IncludeTotalCount);
    }

    [Fact]
    public void Every_root_field_lands_in_one_plan_keyed_by_alias()
    {
        var plan = Plan("""
            {
              __typename
              companies: actors(where: { kind: { eq: COMPANY } }) { totalCount }
              foundations: actors(where: { kind: { eq: FOUNDATION } }) { totalCount }
              territories { nodes { name } }
              occitanie: node(id: "REG-76") { id }
              hits: search(text: "rameau") { score }
            }
            """);
        Assert.Equal(["companies", "foundations", "territories", "occitanie", "hits"], plan.Roots.Select(r => r.Key));
        Assert.Equal("kind eq FOUNDATION", PlanText.Filter(Assert.IsType<CollectionRead>(plan.Roots[1]).Query.Where));
    }

    [Fact]
    public void Introspection_alone_plans_no_read()
    {
        Assert.Empty(Plan("{ __schema { queryType { name } } __typename }").Roots);
    }

    [Fact]
    public void Node_by_id_projects_each_label_by_its_fragments()
    {
        var read = Assert.IsType<NodeByIdRead>(Assert.Single(Plan("""
            query($id: ID!) {
              node(id: $id) {
                id
                __typename
                ... on Territory { name level parent { name } }
                ...ActorCard
              }
            }
            fragment ActorCard on Actor { name kind }
            """, """{ "id": "REG-76" }""").Roots));
        Assert.Equal("REG-76", read.Id);
        Assert.Equal("id name level parent:parent(id name)", PlanText.Projection(read.ProjectionByLabel[DomainLabels.Territory]));
        Assert.Equal("id name kind", PlanText.Projection(read.ProjectionByLabel[DomainLabels.Actor]));
        Assert.Equal("id", PlanText.Projection(read.ProjectionByLabel[DomainLabels.Study]));
        var parent = read.ProjectionByLabel[DomainLabels.Territory].Relationships[0];
        Assert.Equal(new PageRequest(First: 1), parent.Query.Page);
    }

    [Fact]
    public void Search_reads_its_arguments_and_per_label_projections()
    {
        var read = Assert.IsType<SearchRead>(Assert.Single(Plan("""
            { search(text: "Île", labels: [TERRITORY, SDG_TARGET], first: 5) { score node { id ... on Territory { name } ... on SdgTarget { code } } } }
            """).Roots));
        Assert.Equal(("Île", 5), (read.Text, read.First));
        Assert.Equal([DomainLabels.Territory, DomainLabels.SdgTarget], read.Labels);
        Assert.Equal("id name", PlanText.Projection(read.ProjectionByLabel[DomainLabels.Territory]));
        Assert.Equal("id code", PlanText.Projection(read.ProjectionByLabel[DomainLabels.SdgTarget]));
        Assert.Equal(20, Assert.IsType<SearchRead>(Assert.Single(Plan("{ search(text: \"x\") { score } }").Roots)).First);
    }

    [Fact]
    public void The_same_key_with_different_arguments_under_nodes_and_edges_is_refused()
    {
        var error = PlanError("{ actors { nodes { territories(first: 1) { totalCount } } edges { node { territories(first: 2) { totalCount } } } } }");
        Assert.Equal("CONFLICTING_SELECTIONS", error.Code);
    }

    [Fact]
    public void The_same_key_with_the_same_arguments_under_nodes_and_edges_merges()
    {
        var query = Collection("{ actors { nodes { territories(first: 1) { nodes { name } } } edges { node { territories(first: 1) { totalCount } } } } }");
        var territories = Assert.Single(query.Projection.Relationships).Query;
        Assert.True(territories.IncludeTotalCount);
        Assert.Equal("id name", PlanText.Projection(territories.Projection));
    }
}
