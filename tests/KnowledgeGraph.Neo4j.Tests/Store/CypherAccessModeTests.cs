using KnowledgeGraph.Bolt;
using KnowledgeGraph.Neo4j.Execution;

namespace KnowledgeGraph.Neo4j.Tests.Store;

/// <summary>Only statements that surely read may go to a cluster follower; anything else goes to the leader.</summary>
public class CypherAccessModeTests
{
    [Theory]
    [InlineData("MATCH (n:Actor) WHERE n.id = $id RETURN n", AccessMode.Read)]
    [InlineData("MATCH (a)-[r]->(b) WITH a, count(r) AS c ORDER BY c DESC RETURN a.id, c", AccessMode.Read)]
    [InlineData("CALL db.index.fulltext.queryNodes('search', $q) YIELD node RETURN node", AccessMode.Read)]
    [InlineData("MATCH (n) WHERE n.dataset = 1 RETURN n", AccessMode.Read)]
    [InlineData("MERGE (v:KnowledgeGraphMeta {key: 'dataVersion'}) RETURN v", AccessMode.Write)]
    [InlineData("UNWIND $rows AS row CREATE (n:Actor) SET n = row", AccessMode.Write)]
    [InlineData("MATCH (n) DETACH DELETE n", AccessMode.Write)]
    [InlineData("CREATE INDEX ON :Actor(id)", AccessMode.Write)]
    [InlineData("CALL db.createLabel('X')", AccessMode.Write)]
    [InlineData("CALL db.index.fulltext.queryNodes('s', $q) YIELD node CALL apoc.do.it(node) RETURN 1", AccessMode.Write)]
    [InlineData("MATCH (n) CALL { WITH n RETURN n.x AS x } RETURN x", AccessMode.Write)]
    public void ClassifiesStatements(string cypher, AccessMode expected) => Assert.Equal(expected, CypherAccessMode.Of(cypher));
}
