using KnowledgeGraph.Core.Schema.Model;
using static KnowledgeGraph.Core.Tests.Seed.SeedTestData;

namespace KnowledgeGraph.Core.Tests.Seed;

public sealed class SeedLoaderValidSetTests
{
    [Fact]
    public async Task Loads_every_node_with_typed_values()
    {
        using var root = ValidSet(new TempSeedRoot());
        var data = await LoadAsync(root, "a");

        Assert.Equal(9, data.Nodes.Count);
        var company = data.Nodes.Single(n => n.Id == "ACT-GARONNE");
        Assert.Same(DomainLabels.Actor, company.Label);
        Assert.Equal("Garonne Numérique SAS", company.Properties["name"]);
        Assert.Equal("COMPANY", company.Properties["kind"]);
        Assert.Equal(2011L, company.Properties["foundedYear"]);
        Assert.Equal("ACT-GARONNE", company.Properties["id"]);
        Assert.Equal("SYNTHETIC", company.Properties["source"]);
        Assert.False(company.Properties.ContainsKey("employer"));

        var association = data.Nodes.Single(n => n.Id == "ACT-JARDINS");
        Assert.Equal(true, association.Properties["employer"]);
        Assert.Equal("Jardins, insertion\net \"circuits courts\"", association.Properties["description"]);

        var alliance = data.Nodes.Single(n => n.Id == "ALL-1");
        Assert.Equal(["ACCELERATE_SOCIETAL_INNOVATION", "CO_BUILD_TERRITORIAL_SOLUTIONS"], Assert.IsAssignableFrom<IReadOnlyList<string>>(alliance.Properties["objectives"]));
        Assert.Equal(16L, (long)alliance.Properties["startYear"] - 2000);
        Assert.False(alliance.Properties.ContainsKey("endYear"));

        Assert.Equal(0.92, data.Nodes.Single(n => n.Id == "FND-1").Properties["value"]);
        Assert.Equal(17L, data.Nodes.Single(n => n.Id == "SDG-17").Properties["number"]);
    }

    [Fact]
    public async Task Enum_values_are_the_schema_string_instances()
    {
        using var root = ValidSet(new TempSeedRoot());
        var data = await LoadAsync(root, "a");

        var kind = (string)data.Nodes.Single(n => n.Id == "ACT-GARONNE").Properties["kind"];
        Assert.Same(DomainEnums.ActorKind.Values[0], kind);
    }

    [Fact]
    public async Task Loads_relationships_with_their_definition_and_properties()
    {
        using var root = ValidSet(new TempSeedRoot());
        var data = await LoadAsync(root, "a");

        Assert.Equal(6, data.Relationships.Count);
        var initiator = data.Relationships.Single(r => r.StartId == "ACT-GARONNE");
        Assert.Same(DomainRelationships.ParticipatesIn, initiator.Definition);
        Assert.Equal("INITIATOR", initiator.Properties["role"]);
        Assert.Equal(2016L, initiator.Properties["since"]);
        Assert.False(data.Relationships.Single(r => r.StartId == "ACT-JARDINS").Properties.ContainsKey("since"));

        Assert.Same(DomainRelationships.ContributesToSdg, data.Relationships.Single(r => r.EndId == "SDG-17").Definition);
        Assert.Same(DomainRelationships.ContributesToTarget, data.Relationships.Single(r => r.EndId == "SDG-17.17").Definition);
    }

    [Fact]
    public async Task Relationships_may_join_nodes_of_different_sets()
    {
        using var root = ValidSet(new TempSeedRoot())
            .Write("b/nodes/Actor.csv", "id:ID,name,kind,source", "ACT-OTHER,Autre,FOUNDATION,SYNTHETIC")
            .Write("b/relationships/PARTICIPATES_IN.csv", ":START_ID,:END_ID,role", "ACT-OTHER,ALL-1,FUNDER");

        var data = await LoadAsync(root, "a", "b");

        Assert.Contains(data.Relationships, r => r.StartId == "ACT-OTHER" && r.EndId == "ALL-1");
    }

    [Fact]
    public async Task Readme_and_dot_files_are_not_data()
    {
        using var root = ValidSet(new TempSeedRoot()).Write("a/README.md", "notes").Write("a/nodes/.gitkeep", "");

        var data = await LoadAsync(root, "a");

        Assert.Equal(9, data.Nodes.Count);
    }
}
