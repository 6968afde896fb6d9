using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Core.Tests.Writes;

/// <summary>Upserts and link-if-absent: validated like creates, updates and links, all or nothing.</summary>
public sealed class UpsertTests
{
    private static readonly GraphData Base = WriteTestGraph.Build();

    private static GraphDelta Accept(params WriteOperation[] operations) =>
        new ChangeSetValidator(TestGraph.Schema).Validate(Set(operations), new GraphDataLookup(Base));

    private static IReadOnlyList<WriteError> Refuse(params WriteOperation[] operations) =>
        Assert.Throws<WriteValidationException>(() => Accept(operations)).Errors;

    private static UpsertNode Upsert(string label, string id, params (string Name, object? Value)[] properties) =>
        new(label, id, properties.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    [Fact]
    public void An_upsert_of_a_new_id_creates_the_node()
    {
        var delta = Accept(Upsert("Actor", "ACT-U", ("name", "U"), ("kind", "COMPANY"), ("source", "TEST")));

        var node = Assert.Single(delta.CreatedNodes);
        Assert.Equal(("ACT-U", "U"), (node.Id, node.Properties["name"]));
        Assert.Empty(delta.UpdatedNodes);
    }

    [Fact]
    public void An_upsert_of_an_existing_id_sets_the_given_properties_and_keeps_the_others()
    {
        var delta = Accept(Upsert("Actor", "ACT-A", ("name", "Alpha 2"), ("foundedYear", 1990)));

        var node = Assert.Single(delta.UpdatedNodes);
        Assert.Equal("Alpha 2", node.Properties["name"]);
        Assert.Equal(1990L, node.Properties["foundedYear"]);
        Assert.Equal("COMPANY", node.Properties["kind"]);
        Assert.Empty(delta.CreatedNodes);
    }

    [Fact]
    public void An_upsert_is_validated_as_the_create_or_the_update_it_is()
    {
        Assert.Contains(Refuse(Upsert("Actor", "ACT-V", ("name", "V"))), e => e.Code == WriteErrorCodes.Required && e.Field == "kind");
        Assert.Contains(Refuse(Upsert("Actor", "ACT-A", ("kind", "NOT_A_KIND"))), e => e.Code == WriteErrorCodes.InvalidValue);
        Assert.Contains(Refuse(Upsert("Alliance", "ACT-A", ("name", "X"))), e => e.Code == WriteErrorCodes.LabelMismatch);
        Assert.Contains(Refuse(Upsert("Actor", "not an id", ("name", "X"), ("kind", "COMPANY"), ("source", "T"))), e => e.Code == WriteErrorCodes.InvalidId);
    }

    [Fact]
    public void A_refused_upsert_refuses_the_whole_change_set()
    {
        var errors = Refuse(Upsert("Actor", "ACT-W", ("name", "W"), ("kind", "COMPANY"), ("source", "T")), Upsert("Actor", "ACT-A", ("kind", 3)));

        Assert.Equal(1, Assert.Single(errors).OperationIndex);
    }

    [Fact]
    public void Link_if_absent_creates_a_missing_relationship_and_leaves_an_existing_one()
    {
        var created = Accept(new Link("PARTICIPATES_IN", "ACT-B", "ALL-X", new Dictionary<string, object?> { ["role"] = "FUNDER" }, IfAbsent: true));
        var existing = Accept(new Link("PARTICIPATES_IN", "ACT-A", "ALL-X",
            new Dictionary<string, object?> { ["role"] = "PARTNER", ["since"] = 2019 }, IfAbsent: true));
        var parallel = Accept(new Link("PARTICIPATES_IN", "ACT-A", "ALL-X", new Dictionary<string, object?> { ["role"] = "FUNDER" }, IfAbsent: true));

        Assert.Equal(("ACT-B", "ALL-X"), (Assert.Single(created.CreatedRelationships).StartId, created.CreatedRelationships[0].EndId));
        Assert.True(existing.IsEmpty);
        Assert.Equal([ParticipationKey("ACT-A", "ALL-X", "FUNDER")], parallel.CreatedRelationships.Select(GraphDelta.KeyOf));
        Assert.Contains(Refuse(Participates("ACT-A", "ALL-X", "PARTNER", 2019)), e => e.Code == WriteErrorCodes.DuplicateRelationship);
    }

    [Fact]
    public void Link_if_absent_is_still_validated()
    {
        Assert.Contains(Refuse(new Link("PARTICIPATES_IN", "ACT-B", "ALL-NOPE", new Dictionary<string, object?>(), IfAbsent: true)),
            e => e.Code == WriteErrorCodes.UnknownId);
        Assert.Contains(Refuse(new Link("PARTICIPATES_IN", "ACT-B", "ALL-X", new Dictionary<string, object?> { ["role"] = "NOPE" }, IfAbsent: true)),
            e => e.Code == WriteErrorCodes.InvalidValue);
    }
}
