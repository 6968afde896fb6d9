using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.Durability;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Writes;
using static KnowledgeGraph.Core.Tests.Writes.Ops;

namespace KnowledgeGraph.Neo4j.Tests.Writes;

/// <summary>
/// Parallel relationships on the real Neo4j against the embedded store: both seeded with the same parallels, then
/// the same change sets applied to each (parallel links, duplicates, ambiguous and selecting unlinks, a detaching
/// delete); each write must get the same answer or refusal, and the relationships must end the same.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ParallelRelationshipEquivalenceTests(Neo4jTestServer server)
{
    private static readonly WriteContext Editor = new("apikey:test", DateTimeOffset.UtcNow);

    private static GraphData Seed() => TestGraph.France()
        .Actor("ACT-A", "Alpha", "COMPANY")
        .Actor("ACT-B", "Beta", "ASSOCIATION")
        .Alliance("ALL-X", "Xenon", "SOCIETAL_INNOVATION")
        .Alliance("ALL-Y", "Ytterbium", "PATRONAGE")
        .Participates("ACT-A", "ALL-X", "PARTNER", 2019)
        .Participates("ACT-A", "ALL-X", "FUNDER", 2019)
        .Participates("ACT-A", "ALL-X", "FUNDER")
        .Participates("ACT-B", "ALL-Y", "PARTNER", 2020)
        .Based("ACT-A", "DEP-34")
        .Build();

    private static readonly ChangeSet[] Writes =
    [
        Set(Participates("ACT-A", "ALL-X", "INITIATOR", 2015), Participates("ACT-B", "ALL-Y", "PARTNER", 2021)),
        Set(Participates("ACT-A", "ALL-X", "FUNDER")), // the same key: refused on both
        Set(new Link("PARTICIPATES_IN", "ACT-A", "ALL-X", new Dictionary<string, object?> { ["role"] = "PARTNER", ["since"] = 2019 }, IfAbsent: true)),
        Set(Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X", ("role", "FUNDER"))), // two FUNDERs: ambiguous on both
        Set(Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X", ("role", "FUNDER"), ("since", null))),
        Set(Unlink("PARTICIPATES_IN", "ACT-A", "ALL-X", ("since", 2019), ("role", "PARTNER")), Unlink("PARTICIPATES_IN", "ACT-B", "ALL-Y", ("since", 2020))),
        Set(Unlink("PARTICIPATES_IN", "ACT-B", "ALL-Y")),
        Set(Participates("ACT-B", "ALL-X", "FUNDER", 2022), Participates("ACT-B", "ALL-X", "FUNDER", 2023), Delete("ACT-A", detach: true)),
    ];

    [Fact]
    public async Task The_same_writes_leave_the_same_parallel_relationships_on_Neo4j_and_on_the_embedded_store()
    {
        await server.ResetAsync(TestGraph.Schema, Seed());
        using var folder = await TempStoreFolder.CreateAsync(Seed());
        await using var embedded = await folder.OpenAsync();
        var neo4j = new Neo4jGraphWriter(server.Driver, null, TestGraph.Schema);
        Assert.Equal(Participations(embedded.Data), await Neo4jParticipationsAsync());
        Assert.Equal(4, (await Neo4jParticipationsAsync()).Count);

        foreach (var write in Writes)
        {
            var onEmbedded = await OutcomeAsync(() => embedded.ApplyAsync(write, Editor, CancellationToken.None));
            var onNeo4j = await OutcomeAsync(() => neo4j.ApplyAsync(write, Editor, CancellationToken.None));

            Assert.Equal(onEmbedded, onNeo4j);
            Assert.Equal(Participations(embedded.Data), await Neo4jParticipationsAsync());
        }

        Assert.Equal(["ACT-B FUNDER 2022 ALL-X", "ACT-B FUNDER 2023 ALL-X"], await Neo4jParticipationsAsync());
    }

    // What a write answered: its changed keys, or its refusal's codes, fields and candidates.
    private static async Task<string> OutcomeAsync(Func<Task<WriteResult>> write)
    {
        try
        {
            var result = await write();
            // A detaching delete lists what it removed in the order the store read it: compared as a set.
            return $"created {string.Join("; ", result.RelationshipsCreated)} deleted {string.Join("; ", result.RelationshipsDeleted.Select(k => k.ToString()).Order(StringComparer.Ordinal))}";
        }
        catch (WriteValidationException refused)
        {
            return string.Join(" | ", refused.Errors.Select(e => $"{e.OperationIndex} {e.Field} {e.Code} " +
                string.Join("; ", (e.Candidates ?? []).Select(c => string.Join(",", c.Select(p => $"{p.Key}={p.Value}"))))));
        }
    }

    private static List<string> Participations(GraphData data) =>
        [.. data.Relationships.Where(r => r.Definition.Type == "PARTICIPATES_IN")
            .Select(r => Describe(r.StartId, r.Properties["role"], r.Properties.GetValueOrDefault("since"), r.EndId)).Order(StringComparer.Ordinal)];

    private async Task<List<string>> Neo4jParticipationsAsync()
    {
        var rows = await server.Runner.RunAsync(new CypherStatement(
            "MATCH (a:Actor)-[r:PARTICIPATES_IN]->(b:Alliance) RETURN a.id AS start, r.role AS role, r.since AS since, b.id AS end",
            new Dictionary<string, object?>()), CancellationToken.None);
        return [.. rows.Select(r => Describe(r["start"], r["role"], r["since"], r["end"])).Order(StringComparer.Ordinal)];
    }

    private static string Describe(object? start, object? role, object? since, object? end) => $"{start} {role} {since} {end}".Replace("  ", " ", StringComparison.Ordinal);
}
