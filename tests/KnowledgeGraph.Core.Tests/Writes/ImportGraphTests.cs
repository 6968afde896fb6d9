using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Tests.Seed;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Tests.Writes;

/// <summary>Importing a whole graph: validated node by node and link by link against the current graph.</summary>
public sealed class ImportGraphTests
{
    private static readonly GraphDataLookup Current = new(WriteTestGraph.Build());

    private static GraphDelta Validate(params WriteOperation[] operations) =>
        new ChangeSetValidator(TestGraph.Schema).Validate(new ChangeSet(operations), Current);

    [Fact]
    public void An_import_may_link_its_nodes_to_existing_ones()
    {
        var data = new TestGraph()
            .Actor("ACT-I1", "Imported", "FOUNDATION")
            .Alliance("ALL-I1", "Imported alliance", "PATRONAGE")
            .Participates("ACT-I1", "ALL-I1", "FUNDER")
            .Based("ACT-I1", "REG-76")
            .Build();

        var delta = Validate(new ImportGraph(data));

        Assert.Equal(["ACT-I1", "ALL-I1"], delta.CreatedNodes.Select(n => n.Id));
        Assert.Equal(2, delta.CreatedRelationships.Count);
    }

    [Fact]
    public void An_import_keeps_parallel_relationships_and_refuses_a_repeated_key()
    {
        var parallels = new TestGraph()
            .Actor("ACT-I3", "Twice", "FOUNDATION")
            .Participates("ACT-I3", "ALL-X", "FUNDER", 2018)
            .Participates("ACT-I3", "ALL-X", "FUNDER", 2020)
            .Participates("ACT-A", "ALL-X", "INITIATOR", 2019)
            .Build();
        var repeated = new TestGraph().Participates("ACT-A", "ALL-X", "PARTNER", 2019).Build();

        Assert.Equal(3, Validate(new ImportGraph(parallels)).CreatedRelationships.Count);
        var error = Assert.Single(Assert.Throws<WriteValidationException>(() => Validate(new ImportGraph(repeated))).Errors);
        Assert.Equal(("relationships[0].type", WriteErrorCodes.DuplicateRelationship), (error.Field, error.Code));
    }

    [Fact]
    public void Import_errors_name_the_record_inside_the_import()
    {
        var data = new TestGraph()
            .Actor("ACT-A", "Clash", "COMPANY")
            .Actor("ACT-I2", "Fine", "COMPANY", ("foundedYear", "long ago"))
            .Based("ACT-I2", "REG-99")
            .Build();

        var errors = Assert.Throws<WriteValidationException>(() => Validate(Ops.Company("ACT-OTHER"), new ImportGraph(data))).Errors;

        Assert.Equal(
            [
                (1, "nodes[0].id", WriteErrorCodes.DuplicateId),
                (1, "nodes[1].foundedYear", WriteErrorCodes.InvalidValue),
                (1, "relationships[0].endId", WriteErrorCodes.UnknownId),
            ],
            errors.Select(e => (e.OperationIndex, e.Field, e.Code)));
    }

    [Fact]
    public async Task A_seed_set_folder_is_read_with_the_seed_loader()
    {
        using var root = new TempSeedRoot();
        var set = root.Set("extra");
        await new SeedSetWriter(TestGraph.Schema).WriteAsync(
            new TestGraph().Actor("ACT-S1", "Seeded", "COMPANY").Based("ACT-S1", "ACT-S1").Build(), set, CancellationToken.None);

        var error = await Assert.ThrowsAsync<WriteValidationException>(
            () => ImportGraph.FromSeedSetsAsync(TestGraph.Schema, [set], 3, CancellationToken.None));

        var first = error.Errors[0];
        Assert.Equal((3, WriteErrorCodes.InvalidSeed), (first.OperationIndex, first.Code));
        Assert.Contains("BASED_IN.csv", first.Field, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_seed_set_folder_becomes_an_import()
    {
        using var root = new TempSeedRoot();
        var set = root.Set("extra");
        await new SeedSetWriter(TestGraph.Schema).WriteAsync(
            new TestGraph().Actor("ACT-S1", "Seeded", "COMPANY").Build(), set, CancellationToken.None);

        var import = await ImportGraph.FromSeedSetsAsync(TestGraph.Schema, [set], 0, CancellationToken.None);

        Assert.Equal(["ACT-S1"], Validate(import).CreatedNodes.Select(n => n.Id));
        Assert.Same(DomainLabels.Actor, import.Data.Nodes[0].Label);
    }
}
