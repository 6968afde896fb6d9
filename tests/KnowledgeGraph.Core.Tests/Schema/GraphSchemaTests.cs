using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Tests.Schema;

public sealed class GraphSchemaTests
{
    private static readonly GraphSchema Schema = KnowledgeGraphSchema.Instance;

    [Fact]
    public void Every_label_of_the_domain_model_is_declared()
    {
        Assert.Equal(
            ["Actor", "Alliance", "Territory", "Domain", "Sdg", "SdgTarget", "Network", "Catalyst", "Study", "Finding"],
            Schema.Labels.Select(l => l.Name));
    }

    [Fact]
    public void Every_label_has_id_and_source_and_its_display_property()
    {
        foreach (var label in Schema.Labels)
        {
            Assert.True(label.Property(GraphSchema.IdProperty).IsRequired, label.Name);
            Assert.True(label.Property(GraphSchema.SourceProperty).IsRequired, label.Name);
            Assert.NotNull(label.FindProperty(label.DisplayProperty));
            Assert.True(label.IsValidId(label.IdExample), $"{label.Name}: {label.IdExample}");
        }
    }

    [Fact]
    public void Field_names_are_unique_on_every_label()
    {
        foreach (var label in Schema.Labels)
        {
            var names = label.Properties.Select(p => p.Name).Concat(Schema.FieldsOf(label).Select(f => f.Name)).ToList();
            Assert.True(names.Count == names.Distinct().Count(), $"{label.Name}: {string.Join(", ", names)}");
        }
    }

    [Fact]
    public void Id_patterns_do_not_overlap()
    {
        foreach (var label in Schema.Labels)
        {
            Assert.Same(label, Schema.LabelOfId(label.IdExample));
        }
    }

    [Theory]
    [InlineData("FR", "Territory")]
    [InlineData("REG-76", "Territory")]
    [InlineData("DEP-2A", "Territory")]
    [InlineData("DEP-971", "Territory")]
    [InlineData("COM-34172", "Territory")]
    [InlineData("COM-2A004", "Territory")]
    [InlineData("SDG-17", "Sdg")]
    [InlineData("SDG-17.17", "SdgTarget")]
    [InlineData("ACT-S-000001", "Actor")]
    [InlineData("DOM-HEALTH-SOCIAL", "Domain")]
    public void An_id_names_its_label(string id, string label) => Assert.Equal(label, Schema.LabelOfId(id)?.Name);

    [Theory]
    [InlineData("act-lower")]
    [InlineData("REG-7")]
    [InlineData("SDG-")]
    [InlineData("XYZ-1")]
    [InlineData("")]
    public void A_malformed_id_has_no_label(string id) => Assert.Null(Schema.LabelOfId(id));

    [Fact]
    public void Contributes_to_links_alliances_to_goals_and_to_targets()
    {
        var alliance = Schema.Label("Alliance");
        Assert.NotNull(Schema.FindRelationship("CONTRIBUTES_TO", alliance, Schema.Label("Sdg")));
        Assert.NotNull(Schema.FindRelationship("CONTRIBUTES_TO", alliance, Schema.Label("SdgTarget")));
        Assert.Null(Schema.FindRelationship("CONTRIBUTES_TO", alliance, Schema.Label("Actor")));
    }

    [Fact]
    public void Relationship_fields_lead_both_ways()
    {
        var territory = Schema.Label("Territory");
        var parent = Schema.FindField(territory, "parent")!;
        var children = Schema.FindField(territory, "children")!;
        Assert.True(parent.IsSingle);
        Assert.False(children.IsSingle);
        Assert.Equal(Direction.Outgoing, parent.Direction);
        Assert.Equal(Direction.Incoming, children.Direction);
        Assert.Same(parent.Relationship, children.Relationship);

        var participants = Schema.FindField(Schema.Label("Alliance"), "participants")!;
        Assert.Equal("Actor", participants.Target.Name);
        Assert.Equal(["role", "since"], participants.Relationship.Properties.Select(p => p.Name));
    }
}
