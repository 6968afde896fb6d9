using System.Net;
using KnowledgeGraph.Core.Tests.TestGraphs;
using KnowledgeGraph.Neo4j.Tests.Store;

namespace KnowledgeGraph.Neo4j.Tests.Service;

/// <summary>Through the whole service: one GraphQL read operation is one Bolt RUN, however deep its selection.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class OneRunPerOperationTests(Neo4jTestServer server)
{
    private static readonly TestGraph Graph = TestGraph.France()
        .Actor("ACT-A", "Asso Occitane", "ASSOCIATION")
        .Actor("ACT-B", "Zèbre SAS", "COMPANY")
        .Alliance("ALL-X", "Alliance Hérault", "SOCIETAL_INNOVATION", ("startYear", 2015))
        .Participates("ACT-A", "ALL-X", "PARTNER", 2016)
        .Participates("ACT-B", "ALL-X", "INITIATOR", 2015)
        .Located("ALL-X", "DEP-34")
        .Based("ACT-A", "COM-34172");

    public static TheoryData<string, string> Operations => new()
    {
        { "flagship", File.ReadAllText(RepositoryFile("ui/graphiql/examples/flagship.graphql")) },
        { "five levels", """
            { territories(where: { id: { eq: "FR" } }) { nodes { name
                children { nodes { name children { nodes { name
                  children { nodes { name children { totalCount nodes { name } } } } } } } } } } }
            """ },
        { "nested with edges, paging and quantifiers", """
            { alliances(where: { participants: { all: { kind: { in: [ASSOCIATION, COMPANY] } } } }, first: 5) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { cursor node { name
                  participants(order: [{ name: DESC }], first: 1) { totalCount edges { role since node { name
                    alliances { edges { role node { territories { nodes { name parent { name parent { name } } } } } } } } } }
                  territories { nodes { name } } } } } }
            """ },
        { "multi-root with node and search", """
            { a: actors { totalCount } b: alliances(last: 1) { nodes { id } }
              n: node(id: "ACT-B") { id ... on Actor { name alliances { nodes { name } } } }
              s: search(text: "zebre") { score node { id } } }
            """ },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_read_operation_is_one_bolt_run(string name, string query)
    {
        await server.ResetAsync(TestGraph.Schema, Graph.Build());
        CountingCypherRunner? counter = null;
        await using var app = new Neo4jAppFactory(Neo4jAppFactory.TestUri, inner => counter = new CountingCypherRunner(inner));
        var client = app.CreateClient();

        // Territories named by the user are resolved against a directory read once per data version (its own run):
        // read it first, so that what is counted is the operation's own run.
        var (warmStatus, warmText, _) = await GraphQLCall.PostAsync(client, """{ territories(where: { within: "FR" }, first: 0) { totalCount } }""");
        Assert.True(warmStatus == HttpStatusCode.OK, warmText);
        var before = counter!.Runs;
        var (status, text, json) = await GraphQLCall.PostAsync(client, query);

        Assert.True(status == HttpStatusCode.OK && !json.ContainsKey("errors"), $"{name}: {text}");
        Assert.True(text.Length > 100, $"{name}: the answer is too small to prove anything: {text}");
        Assert.Equal(1, counter.Runs - before);
    }

    private static string RepositoryFile(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException(relative);
    }
}
