using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Core.Tests.Writes;

/// <summary>
/// Parallel relationships: a relationship's key is its type, its ends and its identifying properties (role and
/// since of a participation), so another role or year between the same two nodes is a relationship of its own.
/// </summary>
public sealed class ParallelRelationshipTests
{
    // ACT-A takes part in ALL-X twice: PARTNER since 2019 (from the write test graph) and FUNDER without a year.
    private static readonly GraphData Base = TestGraph.France()
        .Actor("ACT-A", "Alpha", "COMPANY")
        .Actor("ACT-B", "Beta", "ASSOCIATION")
        .Alliance("ALL-X", "Xenon", "SOCIETAL_INNOVATION")
        .Participates("ACT-A", "ALL-X", "PARTNER", 2019)
        .Participates("ACT-A", "ALL-X", "FUNDER")
        .Based("ACT-A", "DEP-34")
        .Build();

    private static GraphDelta Accept(params WriteOperation[] operations) =>
        new ChangeSetValidator(TestGraph.Schema).Validate(Set(operations), new GraphDataLookup(Base));

    private static IReadOnlyList<WriteError> Refuse(params WriteOperation[] operations) =>
        Assert.Throws<WriteValidationException>(() => Accept(operations)).Errors;

    [Fact]
    public void Another_role_or_year_between_the_same_nodes_is_a_parallel_relationship()
    {
        var delta = Accept(Participates("ACT-A", "ALL-X", "INITIATOR", 2015), Participates("ACT-A", "ALL-X", "PARTNER", 2021));

        Assert.Equal([ParticipationKey("ACT-A", "ALL-X", "INITIATOR", 2015), ParticipationKey("ACT-A", "ALL-X", "PARTNER", 2021)],
            delta.CreatedRelationships.Select(GraphDelta.KeyOf));
        Assert.Empty(delta.DeletedRelationships);
        Assert.Equal(4, delta.ApplyTo(Base).Relationships.Count(r => r.StartId == "ACT-A" && r.EndId == "ALL-X"));
    }

    [Fact]
    public void The_same_key_again_is_a_duplicate_named_by_its_key_even_in_the_same_set()
    {
        var errors = Refuse(Participates("ACT-A", "ALL-X", "FUNDER"), Participates("ACT-B", "ALL-X", "FUNDER", 2020),
            Participates("ACT-B", "ALL-X", "FUNDER", 2020));

        Assert.Equal([(0, WriteErrorCodes.DuplicateRelationship), (2, WriteErrorCodes.DuplicateRelationship)], errors.Select(e => (e.OperationIndex, e.Code)));
        Assert.Contains("ACT-A -[:PARTICIPATES_IN {role: FUNDER, since: null}]-> ALL-X already exists", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("other values of role, since", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_if_absent_leaves_the_same_key_and_adds_a_parallel_one()
    {
        var same = Accept(new Link("PARTICIPATES_IN", "ACT-A", "ALL-X", new Dictionary<string, object?> { ["role"] = "FUNDER" }, IfAbsent: true));
        var parallel = Accept(new Link("PARTICIPATES_IN", "ACT-A", "ALL-X", new Dictionary<string, object?> { ["role"] = "FUNDER", ["since"] = 2022 }, IfAbsent: true));

        Assert.True(same.IsEmpty);
        Assert.Equal([ParticipationKey("ACT-A", "ALL-X", "FUNDER", 2022)], parallel.CreatedRelationships.Select(GraphDelta.KeyOf));
    }

    [Fact]
    public void A_single_valued_side_still_takes_one_relationship()
    {
        var error = Assert.Single(Refuse(Link("PART_OF", "DEP-34", "REG-11")));

        Assert.Equal(WriteErrorCodes.SingleValued, error.Code);
    }

    [Fact]
    public void Unlink_without_a_key_among_parallels_is_ambiguous_lists_the_candidates_and_removes_nothing()
    {
        var error = Assert.Single(Refuse(Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X")));

        Assert.Equal((WriteErrorCodes.AmbiguousRelationship, "role"), (error.Code, error.Field));
        Assert.Contains("give role and since", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            [
                new Dictionary<string, object?> { ["role"] = "FUNDER", ["since"] = null },
                new Dictionary<string, object?> { ["role"] = "PARTNER", ["since"] = 2019L },
            ],
            error.Candidates!);
    }

    [Theory]
    [InlineData("role", "FUNDER", "FUNDER")]
    [InlineData("role", "PARTNER", "PARTNER")]
    [InlineData("since", 2019, "PARTNER")]
    [InlineData("since", null, "FUNDER")]
    public void Unlink_with_identifying_values_removes_only_the_one_they_select(string name, object? value, string removedRole)
    {
        var delta = Accept(Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X", (name, value)));

        var removed = Assert.Single(delta.DeletedRelationships);
        Assert.Equal(removedRole, removed.Properties["role"]);
        var left = Assert.Single(delta.ApplyTo(Base).Relationships, r => r.Definition.Type == "PARTICIPATES_IN");
        Assert.NotEqual(removedRole, left.Properties["role"]);
    }

    [Fact]
    public void Unlink_without_a_key_removes_the_only_relationship()
    {
        var delta = Accept(Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X", ("role", "FUNDER")), Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X"));

        Assert.Equal(["FUNDER", "PARTNER"], delta.DeletedRelationships.Select(r => (string)r.Properties["role"]));
    }

    [Fact]
    public void Unlink_refuses_a_key_that_matches_nothing_a_property_that_does_not_identify_and_a_bad_value()
    {
        var errors = Refuse(
            Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X", ("role", "INITIATOR")),
            Unlink("BASED_IN", "ACT-A", "DEP-34", ("since", 2019)),
            Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X", ("since", "2019")));

        Assert.Equal(
            [(0, "type", WriteErrorCodes.UnknownRelationship), (1, "since", WriteErrorCodes.UnknownProperty), (2, "since", WriteErrorCodes.InvalidValue)],
            errors.Select(e => (e.OperationIndex, e.Field, e.Code)));
        Assert.Contains("there is: ACT-A -[:PARTICIPATES_IN {role: FUNDER, since: null}]-> ALL-X; ACT-A -[:PARTICIPATES_IN {role: PARTNER, since: 2019}]-> ALL-X",
            errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parallel_linked_then_unlinked_in_one_set_leaves_nothing_and_a_detaching_delete_reports_every_parallel()
    {
        Assert.True(Accept(Participates("ACT-A", "ALL-X", "INITIATOR", 2015), Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X", ("role", "INITIATOR"))).IsEmpty);

        var deleted = Accept(Delete("ALL-X", detach: true)).ToResult(1).RelationshipsDeleted;

        Assert.Equal([ParticipationKey("ACT-A", "ALL-X", "PARTNER", 2019), ParticipationKey("ACT-A", "ALL-X", "FUNDER")], deleted);
    }
}
