using static KnowledgeGraph.Core.Tests.Seed.SeedTestData;

namespace KnowledgeGraph.Core.Tests.Seed;

/// <summary>Seed sets keep parallel relationships (another role or year between the same nodes) and refuse a repeated key.</summary>
public sealed class ParallelSeedTests
{
    [Fact]
    public async Task Parallel_participations_are_all_loaded()
    {
        using var root = ValidSet(new TempSeedRoot())
            .Write("a/relationships/PARTICIPATES_IN.csv", [.. ParticipatesIn, "ACT-GARONNE,ALL-1,FUNDER,2016", "ACT-GARONNE,ALL-1,INITIATOR,2018", "ACT-GARONNE,ALL-1,INITIATOR,"]);

        var data = await LoadAsync(root, "a");

        Assert.Equal(["INITIATOR 2016", "FUNDER 2016", "INITIATOR 2018", "INITIATOR "],
            data.Relationships.Where(r => r.StartId == "ACT-GARONNE" && r.EndId == "ALL-1")
                .Select(r => $"{r.Properties["role"]} {r.Properties.GetValueOrDefault("since")}"));
    }

    [Fact]
    public async Task A_repeated_key_is_refused_with_the_key_and_the_first_line()
    {
        using var root = ValidSet(new TempSeedRoot())
            .Write("a/relationships/PARTICIPATES_IN.csv", [.. ParticipatesIn, "ACT-JARDINS,ALL-1,PARTNER,2020", "ACT-JARDINS,ALL-1,PARTNER,"]);

        var error = Assert.Single(await ErrorsAsync(root, "a"));

        Assert.Equal(new Core.Seed.SeedError("a/relationships/PARTICIPATES_IN.csv", 5,
            "duplicate relationship ACT-JARDINS -[:PARTICIPATES_IN {role: PARTNER, since: null}]-> ALL-1, already at a/relationships/PARTICIPATES_IN.csv:3"), error);
    }
}
