using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Tests.TestGraphs;
using static KnowledgeGraph.Core.Plan.ComparisonOperator;
using static KnowledgeGraph.Core.Schema.Model.DomainLabels;
using static KnowledgeGraph.Core.Tests.TestGraphs.Plans;

namespace KnowledgeGraph.Core.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Projection_returns_the_requested_properties_with_their_stored_values()
    {
        var graph = new TestGraph().Actor("ACT-A", "Île Verte", "ASSOCIATION", ("foundedYear", 1990), ("employer", true));
        var projection = new NodeProjection([Actor.Property("id"), Actor.Property("name"), Actor.Property("foundedYear"), Actor.Property("website")], []);

        var node = (await ReadConnection(graph, Query(Actor, projection: projection))).Edges.Single().Node;

        Assert.Same(Actor, node.Label);
        Assert.Equal("ACT-A", node.Id);
        Assert.Equal("Île Verte", Value(node, "name"));
        Assert.Equal(1990L, Value(node, "foundedYear"));
        Assert.Null(Value(node, "website"));
        Assert.False(node.Properties.ContainsKey("employer"));
        Assert.Empty(node.Relationships);
    }

    [Fact]
    public async Task Nested_selection_has_its_own_filter_order_page_count_and_edge_properties()
    {
        var participants = Select(Alliance, "participants",
            Query(Actor, where: Prop(Actor, "kind", Eq, "COMPANY"), order: [Desc(Actor, "name")], page: new PageRequest(First: 1), totalCount: true),
            edgeProperties: ["role", "since"]);
        var query = Query(Alliance, where: Prop(Alliance, "id", Eq, "ALL-1"), projection: AllProperties(Alliance, participants));

        var alliance = (await ReadConnection(AllianceGraph(), query)).Edges.Single().Node;
        var connection = alliance.Relationships["participants"];

        Assert.Equal("ACT-CO", Ids(connection)); // "Société Générale" after "Coopérative Sud" descending
        Assert.Equal(2, connection.TotalCount);
        Assert.True(connection.HasNextPage);
        Assert.Equal("INITIATOR", connection.Edges[0].EdgeProperties["role"]);
        Assert.Equal(2018L, connection.Edges[0].EdgeProperties["since"]);
    }

    [Fact]
    public async Task Nested_pages_are_per_parent_and_cursors_continue_within_one_parent()
    {
        var alliances = Select(Actor, "alliances", Query(Alliance, page: new PageRequest(First: 1)), edgeProperties: "role");
        var store = Store(AllianceGraph());
        var query = Query(Actor, where: Prop(Actor, "id", In, new object[] { "ACT-CO", "ACT-CO2", "ACT-NONE" }), projection: AllProperties(Actor, alliances));

        var actors = (await ReadConnection(store, query)).Edges.ToDictionary(e => e.Node.Id, e => e.Node.Relationships["alliances"]);

        Assert.Equal("ALL-1", Ids(actors["ACT-CO"]));
        Assert.Equal("INITIATOR", actors["ACT-CO"].Edges[0].EdgeProperties["role"]);
        Assert.Equal("ALL-1", Ids(actors["ACT-CO2"]));
        Assert.Equal("PARTNER", actors["ACT-CO2"].Edges[0].EdgeProperties["role"]);
        Assert.Empty(actors["ACT-NONE"].Edges);
        Assert.False(actors["ACT-NONE"].HasNextPage);

        var next = Select(Actor, "alliances", Query(Alliance, page: new PageRequest(First: 1, After: actors["ACT-CO"].EndCursor)), edgeProperties: "role");
        var nextPage = (await ReadConnection(store, Query(Actor, where: Prop(Actor, "id", Eq, "ACT-CO"), projection: AllProperties(Actor, next))))
            .Edges.Single().Node.Relationships["alliances"];
        Assert.Equal("ALL-2", Ids(nextPage));
        Assert.Equal("FUNDER", nextPage.Edges[0].EdgeProperties["role"]);
        Assert.True(nextPage.HasPreviousPage);
        Assert.False(nextPage.HasNextPage);
    }

    [Fact]
    public async Task The_same_field_selected_twice_under_two_keys_gives_two_results()
    {
        var companies = Select(Alliance, "participants", Query(Actor, where: Prop(Actor, "kind", Eq, "COMPANY")), key: "companies");
        var others = Select(Alliance, "participants", Query(Actor, where: Prop(Actor, "kind", Neq, "COMPANY")), key: "others");
        var query = Query(Alliance, where: Prop(Alliance, "id", Eq, "ALL-1"), projection: AllProperties(Alliance, companies, others));

        var alliance = (await ReadConnection(AllianceGraph(), query)).Edges.Single().Node;

        Assert.Equal("ACT-CO,ACT-CO2", Ids(alliance.Relationships["companies"]));
        Assert.Equal("ACT-AS", Ids(alliance.Relationships["others"]));
    }

    [Fact]
    public async Task Selections_nest_several_levels_and_follow_both_directions()
    {
        var parent = Select(Territory, "parent", Query(Territory, projection: AllProperties(Territory, Select(Territory, "parent"))));
        var children = Select(Territory, "children", Query(Territory, where: Within("REG-76")));
        var query = Query(Territory, where: Prop(Territory, "id", In, new object[] { "DEP-34", "FR" }), projection: AllProperties(Territory, parent, children));

        var territories = (await ReadConnection(TestGraph.France(), query)).Edges.ToDictionary(e => e.Node.Id, e => e.Node);

        var region = territories["DEP-34"].Relationships["parent"].Edges.Single().Node;
        Assert.Equal("REG-76", region.Id);
        Assert.Equal("Occitanie", Value(region, "name"));
        Assert.Equal("FR", Ids(region.Relationships["parent"]));
        Assert.Equal("COM-34172", Ids(territories["DEP-34"].Relationships["children"]));
        Assert.Empty(territories["FR"].Relationships["parent"].Edges);
        Assert.Equal("REG-76", Ids(territories["FR"].Relationships["children"]));
    }

    [Fact]
    public async Task Node_by_id_finds_a_node_of_every_label()
    {
        var graph = TestGraph.France()
            .Actor("ACT-X", "Acteur", "COMPANY")
            .Alliance("ALL-X", "Alliance", "PATRONAGE")
            .Node(Domain, "DOM-SPORT", ("name", "Sport"))
            .Node(Sdg, "SDG-17", ("number", 17), ("name", "Partenariats"))
            .Node(SdgTarget, "SDG-17.17", ("code", "17.17"), ("title", "Partenariats publics-privés"))
            .Node(Network, "NET-X", ("name", "Réseau"), ("kind", "FEDERATION"))
            .Node(Catalyst, "CAT-X", ("name", "Catalyseur"), ("kind", "PERSON"))
            .Node(Study, "STU-X", ("title", "Étude"))
            .Node(Finding, "FND-X", ("statement", "Constat"), ("value", 0.5));
        var store = Store(graph);
        var projections = TestGraph.Schema.Labels.ToDictionary(l => l, l => AllProperties(l));

        foreach (var (id, label) in new[] { ("ACT-X", Actor), ("ALL-X", Alliance), ("REG-76", Territory), ("DOM-SPORT", Domain), ("SDG-17", Sdg),
                     ("SDG-17.17", SdgTarget), ("NET-X", Network), ("CAT-X", Catalyst), ("STU-X", Study), ("FND-X", Finding) })
        {
            var result = await store.ReadAsync(new ReadPlan([new NodeByIdRead("node", id, projections)]), CancellationToken.None);
            var node = result.Get<NodeResult>("node");

            Assert.NotNull(node);
            Assert.Same(label, node.Label);
            Assert.Equal(id, Value(node, "id"));
            Assert.NotNull(Value(node, label.DisplayProperty));
        }
    }

    [Fact]
    public async Task Node_by_id_gives_null_for_an_unknown_id_and_only_the_id_for_a_label_without_projection()
    {
        var store = Store(TestGraph.France());
        var onlyActors = new Dictionary<LabelDef, NodeProjection> { [Actor] = AllProperties(Actor) };

        var result = await store.ReadAsync(
            new ReadPlan([new NodeByIdRead("missing", "REG-99", onlyActors), new NodeByIdRead("region", "REG-76", onlyActors)]),
            CancellationToken.None);

        Assert.True(result.Roots.ContainsKey("missing"));
        Assert.Null(result.Roots["missing"]);
        var region = result.Get<NodeResult>("region");
        Assert.NotNull(region);
        Assert.Equal("REG-76", region.Id);
        Assert.Null(Value(region, "name"));
    }

    [Fact]
    public async Task Node_by_id_projects_nested_selections()
    {
        var projections = new Dictionary<LabelDef, NodeProjection>
        {
            [Alliance] = AllProperties(Alliance, Select(Alliance, "territories"), Select(Alliance, "participants", edgeProperties: "role")),
        };

        var result = await Store(AllianceGraph()).ReadAsync(new ReadPlan([new NodeByIdRead("n", "ALL-2", projections)]), CancellationToken.None);
        var node = result.Get<NodeResult>("n")!;

        Assert.Equal("DEP-75", Ids(node.Relationships["territories"]));
        Assert.Equal("ACT-CO,ACT-FO", Ids(node.Relationships["participants"]));
        Assert.All(node.Relationships["participants"].Edges, e => Assert.Equal("FUNDER", e.EdgeProperties["role"]));
    }

    [Fact]
    public async Task A_plan_with_several_roots_answers_each_under_its_key()
    {
        var plan = new ReadPlan(
        [
            new CollectionRead("companies", Query(Actor, where: Prop(Actor, "kind", Eq, "COMPANY"))),
            new CollectionRead("regions", Query(Territory, where: Prop(Territory, "level", Eq, "REGION"), totalCount: true)),
            new NodeByIdRead("paris", "DEP-75", new Dictionary<LabelDef, NodeProjection> { [Territory] = AllProperties(Territory) }),
        ]);

        var result = await Store(AllianceGraph()).ReadAsync(plan, CancellationToken.None);

        Assert.Equal("ACT-CO,ACT-CO2,ACT-NONE", Ids(result.Get<ConnectionResult>("companies")!));
        Assert.Equal("REG-11,REG-76", Ids(result.Get<ConnectionResult>("regions")!));
        Assert.Equal(2, result.Get<ConnectionResult>("regions")!.TotalCount);
        Assert.Equal("Paris", Value(result.Get<NodeResult>("paris")!, "name"));
    }
}
