using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Schema.Model;
using Snapshooter.Xunit;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class SchemaTests
{
    private static readonly KnowledgeGraphGraphQLSchema Schema = PlannerTestKit.Schema;

    [Fact]
    public void Sdl_matches_the_reviewed_snapshot()
    {
        Snapshot.Match(Schema.Print());
    }

    [Fact]
    public void Every_label_has_a_collection_field_with_filter_sort_and_paging_arguments()
    {
        foreach (var label in KnowledgeGraphSchema.Instance.Labels)
        {
            var field = Schema.Query.GetField(label.CollectionField);
            Assert.NotNull(field);
            Assert.Equal($"{label.Name}Connection!", field.ResolvedType!.ToString());
            Assert.Equal(
                [$"where: {label.Name}FilterInput", $"order: [{label.Name}SortInput!]", "first: Int", "after: String", "last: Int", "before: String"],
                field.Arguments!.Select(a => $"{a.Name}: {a.ResolvedType}"));
        }
    }

    [Fact]
    public void Every_label_type_implements_Node_and_shows_every_property_and_relationship_field()
    {
        var graph = KnowledgeGraphSchema.Instance;
        foreach (var label in graph.Labels)
        {
            var type = Assert.IsAssignableFrom<IObjectGraphType>(Schema.AllTypes[label.Name]);
            Assert.Contains(type.ResolvedInterfaces, i => i.Name == "Node");
            var expected = label.Properties.Select(p => p.Name).Concat(graph.FieldsOf(label).Select(f => f.Name));
            Assert.Equal(expected, type.Fields.Select(f => f.Name));
        }
    }

    [Fact]
    public void Filter_inputs_offer_boolean_operators_properties_and_relationship_quantifiers()
    {
        var graph = KnowledgeGraphSchema.Instance;
        foreach (var label in graph.Labels)
        {
            var filter = Assert.IsAssignableFrom<IInputObjectGraphType>(Schema.AllTypes[$"{label.Name}FilterInput"]);
            var fields = filter.Fields.Select(f => f.Name).ToList();
            Assert.Equal(["and", "or", "not"], fields.Take(3));
            Assert.All(label.Properties, p => Assert.Contains(p.Name, fields));
            Assert.All(graph.FieldsOf(label), f => Assert.Equal($"{f.Target.Name}ListFilterInput", filter.GetField(f.Name)!.ResolvedType!.ToString()));
            Assert.Equal(label == DomainLabels.Territory, fields.Contains("within"));

            var sort = Assert.IsAssignableFrom<IInputObjectGraphType>(Schema.AllTypes[$"{label.Name}SortInput"]);
            var sortable = label.Properties.Where(p => !p.IsList).Select(p => p.Name).ToList();
            Assert.Equal(sortable, sort.Fields.Select(f => f.Name).Take(sortable.Count));
            Assert.All(graph.FieldsOf(label), f => Assert.Equal($"{f.Target.Name}PropertySortInput", sort.GetField(f.Name)!.ResolvedType!.ToString()));
            Assert.All(graph.FieldsOf(label).Where(f => !f.IsSingle), f => Assert.Equal("SortEnumType", sort.GetField(f.Name + "Count")!.ResolvedType!.ToString()));
            Assert.All(graph.FieldsOf(label), f => Assert.NotNull(filter.GetField(f.Name + "Count")));
        }
    }

    [Fact]
    public void Relationships_with_properties_also_filter_over_their_edges()
    {
        var actor = Assert.IsAssignableFrom<IInputObjectGraphType>(Schema.AllTypes["ActorFilterInput"]);
        Assert.Equal("ActorAlliancesEdgeListFilterInput", actor.GetField("alliancesEdges")!.ResolvedType!.ToString());
        Assert.Equal("ActorNetworksEdgeListFilterInput", actor.GetField("networksEdges")!.ResolvedType!.ToString());
        Assert.Null(actor.GetField("territoriesEdges"));
        var edge = Assert.IsAssignableFrom<IInputObjectGraphType>(Schema.AllTypes["ActorAlliancesEdgeFilterInput"]);
        Assert.Equal(["and", "or", "not", "node", "role", "since"], edge.Fields.Select(f => f.Name));
        Assert.Equal("AllianceFilterInput", edge.GetField("node")!.ResolvedType!.ToString());
        Assert.Equal("ParticipationRoleOperationFilterInput", edge.GetField("role")!.ResolvedType!.ToString());
    }

    [Fact]
    public void Relationships_with_properties_get_edges_that_carry_them()
    {
        var edge = Assert.IsAssignableFrom<IObjectGraphType>(Schema.AllTypes["ActorAlliancesEdge"]);
        Assert.Equal(["cursor", "node", "role", "since"], edge.Fields.Select(f => f.Name));
        Assert.Equal("ParticipationRole!", edge.GetField("role")!.ResolvedType!.ToString());
        Assert.Equal("ActorAlliancesConnection!", Schema.AllTypes["Actor"]!.As<IObjectGraphType>().GetField("alliances")!.ResolvedType!.ToString());
        Assert.Equal("TerritoryConnection!", Schema.AllTypes["Alliance"]!.As<IObjectGraphType>().GetField("territories")!.ResolvedType!.ToString());
        Assert.Equal("Territory", Schema.AllTypes["Territory"]!.As<IObjectGraphType>().GetField("parent")!.ResolvedType!.ToString());
    }
}

file static class GraphTypeCasts
{
    public static T As<T>(this IGraphType type) => (T)type;
}
