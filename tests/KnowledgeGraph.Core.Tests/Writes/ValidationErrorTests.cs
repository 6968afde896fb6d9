using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Core.Tests.Writes;

/// <summary>Each kind of refusal, with the operation index, field and code it reports.</summary>
public sealed class ValidationErrorTests
{
    private static readonly GraphDataLookup Current = new(WriteTestGraph.Build());

    private static IReadOnlyList<WriteError> Refuse(params WriteOperation[] operations) =>
        Assert.Throws<WriteValidationException>(
            () => new ChangeSetValidator(TestGraph.Schema).Validate(Set(operations), Current)).Errors;

    private static WriteError Single(params WriteOperation[] operations) => Assert.Single(Refuse(operations));

    [Fact]
    public void An_unknown_label_is_refused()
    {
        var error = Single(Create("Person", "ACT-P", ("name", "P")));

        Assert.Equal((0, "label", WriteErrorCodes.UnknownLabel), (error.OperationIndex, error.Field, error.Code));
    }

    [Fact]
    public void An_unknown_property_is_refused_on_create_update_and_link()
    {
        var errors = Refuse(
            Create("Actor", "ACT-N", ("name", "N"), ("kind", "COMPANY"), ("source", "T"), ("colour", "red")),
            Update("ACT-B", ("colour", "red")),
            Remove("ACT-B", "colour"),
            Link("PARTICIPATES_IN", "ACT-B", "ALL-X", ("role", "PARTNER"), ("weight", 3)));

        Assert.Equal(
            [(0, "colour"), (1, "colour"), (2, "colour"), (3, "weight")],
            errors.Select(e => (e.OperationIndex, e.Field)));
        Assert.All(errors, e => Assert.Equal(WriteErrorCodes.UnknownProperty, e.Code));
    }

    [Theory]
    [InlineData("foundedYear", "1990")]
    [InlineData("foundedYear", 1990.5)]
    [InlineData("kind", "BANK")]
    [InlineData("employer", "yes")]
    [InlineData("name", "")]
    [InlineData("name", 12)]
    public void A_value_of_the_wrong_type_or_outside_the_enum_is_refused(string property, object value)
    {
        var error = Single(Update("ACT-B", (property, value)));

        Assert.Equal((0, property, WriteErrorCodes.InvalidValue), (error.OperationIndex, error.Field, error.Code));
    }

    [Fact]
    public void A_list_with_a_value_outside_the_enum_is_refused()
    {
        var error = Single(Update("ALL-X", ("objectives", new[] { "ACCELERATE_SOCIETAL_INNOVATION", "GET_RICH" })));

        Assert.Equal(WriteErrorCodes.InvalidValue, error.Code);
        Assert.Contains("GET_RICH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_properties_must_be_given_on_create_and_cannot_be_removed()
    {
        var errors = Refuse(
            Create("Actor", "ACT-N", ("name", "N")),
            Remove("ACT-B", "name"),
            Update("ACT-B", ("kind", null)),
            Link("PARTICIPATES_IN", "ACT-B", "ALL-X"));

        Assert.Equal(
            [(0, "kind"), (0, "source"), (1, "name"), (2, "kind"), (3, "role")],
            errors.Select(e => (e.OperationIndex, e.Field)));
        Assert.All(errors, e => Assert.Equal(WriteErrorCodes.Required, e.Code));
    }

    [Fact]
    public void An_id_that_does_not_follow_the_label_pattern_is_refused()
    {
        var error = Single(Company("ALL-NOT-AN-ACTOR"));

        Assert.Equal(("id", WriteErrorCodes.InvalidId), (error.Field, error.Code));
        Assert.Contains("ACT-", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_taken_id_is_refused_whether_in_the_graph_or_earlier_in_the_set()
    {
        var errors = Refuse(Company("ACT-A"), Company("ACT-NEW"), Company("ACT-NEW"));

        Assert.Equal([(0, "id"), (2, "id")], errors.Select(e => (e.OperationIndex, e.Field)));
        Assert.All(errors, e => Assert.Equal(WriteErrorCodes.DuplicateId, e.Code));
    }

    [Fact]
    public void The_id_cannot_change()
    {
        var errors = Refuse(Update("ACT-B", ("id", "ACT-C")), Remove("ACT-B", "id"));

        Assert.All(errors, e => Assert.Equal(("id", WriteErrorCodes.Immutable), (e.Field, e.Code)));
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Operations_on_missing_nodes_name_the_unknown_id()
    {
        var errors = Refuse(
            Update("ACT-NOPE", ("name", "x")),
            Delete("ACT-NOPE"),
            Participates("ACT-NOPE", "ALL-X"),
            Participates("ACT-A", "ALL-NOPE"));

        Assert.Equal(
            [(0, "id"), (1, "id"), (2, "startId"), (3, "endId")],
            errors.Select(e => (e.OperationIndex, e.Field)));
        Assert.All(errors, e => Assert.Equal(WriteErrorCodes.UnknownId, e.Code));
    }

    [Fact]
    public void A_link_before_the_node_is_created_is_refused_the_other_way_round_accepted()
    {
        var error = Single(Participates("ACT-NEW", "ALL-X"), Company("ACT-NEW"));

        Assert.Equal((0, "startId", WriteErrorCodes.UnknownId), (error.OperationIndex, error.Field, error.Code));
    }

    [Fact]
    public void A_link_between_labels_the_type_does_not_allow_is_refused()
    {
        var errors = Refuse(
            Participates("ACT-A", "REG-76"),
            Link("PARTICIPATES_IN", "ALL-X", "ALL-X", ("role", "PARTNER")),
            Link("CONTRIBUTES_TO", "ALL-X", "REG-76"));

        Assert.Equal([(0, "endId"), (1, "startId"), (2, "endId")], errors.Select(e => (e.OperationIndex, e.Field)));
        Assert.All(errors, e => Assert.Equal(WriteErrorCodes.LabelMismatch, e.Code));
        Assert.Contains("Actor → Alliance", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_relationship_type_is_refused()
    {
        var error = Single(Link("KNOWS", "ACT-A", "ACT-B"));

        Assert.Equal(("type", WriteErrorCodes.UnknownRelationshipType), (error.Field, error.Code));
    }

    [Fact]
    public void A_second_relationship_with_the_same_key_is_refused_and_named()
    {
        var errors = Refuse(Participates("ACT-A", "ALL-X", "PARTNER", 2019), Participates("ACT-B", "ALL-X"), Participates("ACT-B", "ALL-X"),
            Link("BASED_IN", "ACT-A", "DEP-34"));

        Assert.Equal([0, 2, 3], errors.Select(e => e.OperationIndex));
        Assert.All(errors, e => Assert.Equal(WriteErrorCodes.DuplicateRelationship, e.Code));
        Assert.Contains("ACT-A -[:PARTICIPATES_IN {role: PARTNER, since: 2019}]-> ALL-X already exists", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("ACT-B -[:PARTICIPATES_IN {role: PARTNER, since: null}]-> ALL-X already exists", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("ACT-A -[:BASED_IN]-> DEP-34 already exists", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_valued_side_takes_one_relationship()
    {
        var error = Single(Link("PART_OF", "DEP-34", "REG-11"));

        Assert.Equal(("startId", WriteErrorCodes.SingleValued), (error.Field, error.Code));
        Assert.Contains("REG-76", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlinking_a_missing_relationship_is_refused()
    {
        var errors = Refuse(Unlink("PARTICIPATES_IN", "ACT-B", "ALL-X"), Unlink("BASED_IN", "ACT-A", "DEP-34"), Unlink("BASED_IN", "ACT-A", "DEP-34"));

        Assert.Equal(
            [(0, "type", WriteErrorCodes.UnknownRelationship), (2, "type", WriteErrorCodes.UnknownRelationship)],
            errors.Select(e => (e.OperationIndex, e.Field, e.Code)));
    }

    [Fact]
    public void Deleting_a_node_with_relationships_without_detach_says_what_it_would_detach()
    {
        var error = Single(Delete("ACT-A"));

        Assert.Equal(("id", WriteErrorCodes.HasRelationships), (error.Field, error.Code));
        Assert.Contains("ACT-A -[:PARTICIPATES_IN {role: PARTNER, since: 2019}]-> ALL-X", error.Message, StringComparison.Ordinal);
        Assert.Contains("ACT-A -[:BASED_IN]-> DEP-34", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_every_operation_is_reported_at_once()
    {
        var errors = Refuse(
            Company("ACT-OK"),
            Create("Actor", "bad id", ("name", 3)),
            Delete("ACT-A"),
            Participates("ACT-OK", "ALL-X", "BOSS"));

        Assert.Equal(
            [
                (1, "id", WriteErrorCodes.InvalidId),
                (1, "name", WriteErrorCodes.InvalidValue),
                (1, "kind", WriteErrorCodes.Required),
                (1, "source", WriteErrorCodes.Required),
                (2, "id", WriteErrorCodes.HasRelationships),
                (3, "role", WriteErrorCodes.InvalidValue),
            ],
            errors.Select(e => (e.OperationIndex, e.Field, e.Code)));
    }
}
