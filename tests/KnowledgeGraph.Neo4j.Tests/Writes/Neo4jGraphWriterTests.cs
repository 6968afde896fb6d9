using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Neo4j.Writes;

namespace KnowledgeGraph.Neo4j.Tests.Writes;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphWriterTests(Neo4jTestServer server)
{
    private static readonly WriteContext Editor = new("apikey:test", DateTimeOffset.UtcNow);

    private Neo4jGraphWriter Writer() => new(server.Driver, null, TestGraph.Schema);

    private static Dictionary<string, object?> Props(params (string Name, object? Value)[] properties) =>
        properties.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    [Fact]
    public async Task A_change_set_is_written_in_one_transaction_with_shadows_and_an_audit_entry()
    {
        await server.ResetAsync(TestGraph.Schema, TestGraph.France().Build());
        var result = await Writer().ApplyAsync(ChangeSet.Of(
            new CreateNode("Actor", "ACT-W", Props(("name", "Œuvre Île"), ("kind", "ASSOCIATION"), ("source", "API"))),
            new CreateNode("Alliance", "ALL-W", Props(("name", "Alliance W"), ("category", "PATRONAGE"), ("source", "API"))),
            new Link("PARTICIPATES_IN", "ACT-W", "ALL-W", Props(("role", "FUNDER"), ("since", 2020))),
            new Link("BASED_IN", "ACT-W", "DEP-34", Props())), Editor, CancellationToken.None);

        Assert.Equal((2, 2), (result.NodesCreated.Count, result.RelationshipsCreated.Count));
        Assert.Equal(1, await server.CountAsync("MATCH (a:Actor {id: 'ACT-W'}) WHERE a.__n_name = 'oeuvre ile' RETURN count(a)"));
        Assert.Equal(1, await server.CountAsync("MATCH (:Actor {id: 'ACT-W'})-[r:PARTICIPATES_IN {role: 'FUNDER', since: 2020}]->(:Alliance {id: 'ALL-W'}) RETURN count(r)"));
        Assert.Equal(1, await server.CountAsync($"MATCH (e:{Neo4jAudit.Label}) WHERE e.who = 'apikey:test' AND e.dataVersion = {result.DataVersion} RETURN count(e)"));
        var audit = await Neo4jAudit.ReadAsync(server.Driver, null, result.DataVersion - 1, 10, CancellationToken.None);
        Assert.Contains("ACT-W", Assert.Single(audit).Summary);
    }

    [Fact]
    public async Task A_refused_change_set_writes_nothing_and_names_the_problem()
    {
        await server.ResetAsync(TestGraph.Schema, TestGraph.France().Actor("ACT-X", "X", "COMPANY").Based("ACT-X", "DEP-34").Build());
        var before = await server.CountAsync("MATCH (n) RETURN count(n)");

        var refused = await Assert.ThrowsAsync<WriteValidationException>(() => Writer().ApplyAsync(ChangeSet.Of(
            new CreateNode("Actor", "ACT-Y", Props(("name", "Y"), ("kind", "COMPANY"), ("source", "API"))),
            new DeleteNode("ACT-X", Detach: false)), Editor, CancellationToken.None));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((1, WriteErrorCodes.HasRelationships), (error.OperationIndex, error.Code));
        Assert.Equal(before, await server.CountAsync("MATCH (n) RETURN count(n)"));
        Assert.Equal(0, await server.CountAsync("MATCH (n {id: 'ACT-Y'}) RETURN count(n)"));
    }

    [Fact]
    public async Task Update_rewrites_shadows_and_detaching_delete_removes_relationships()
    {
        await server.ResetAsync(TestGraph.Schema, TestGraph.France().Actor("ACT-Z", "Zèbre", "COMPANY").Based("ACT-Z", "DEP-34").Build());
        await Writer().ApplyAsync(ChangeSet.Of(new UpdateNode("ACT-Z", Props(("name", "Éléphant")), [])), Editor, CancellationToken.None);
        Assert.Equal(1, await server.CountAsync("MATCH (a:Actor {id: 'ACT-Z'}) WHERE a.__n_name = 'elephant' RETURN count(a)"));

        var deleted = await Writer().ApplyAsync(ChangeSet.Of(new DeleteNode("ACT-Z", Detach: true)), Editor, CancellationToken.None);
        Assert.Equal(new RelationshipKey(DomainRelationships.BasedIn.Type, "ACT-Z", "DEP-34"), Assert.Single(deleted.RelationshipsDeleted));
        Assert.Equal(0, await server.CountAsync("MATCH (n {id: 'ACT-Z'}) RETURN count(n)"));
    }
}
