using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Seeding;

namespace KnowledgeGraph.Neo4j.Writes;

/// <summary>
/// The statements that apply a validated <see cref="GraphDelta"/>, in an order that never conflicts: unlink, delete
/// nodes, create nodes, update nodes, link. Names come from the schema only; values are parameters. Text
/// properties are written with their shadows, as the seeder writes them.
/// </summary>
internal static class DeltaStatements
{
    private static readonly string Id = CypherNames.Escape(GraphSchema.IdProperty);

    public static IEnumerable<CypherStatement> For(GraphDelta delta)
    {
        foreach (var group in delta.DeletedRelationships.GroupBy(r => r.Definition))
        {
            // Only the relationship with this key: a parallel one (another role, another year) stays.
            yield return Rows($"UNWIND $rows AS row MATCH (a:{CypherNames.Label(group.Key.From)} {{{Id}: row.start}})" +
                              $"-[r:{CypherNames.Type(group.Key)}]->(b:{CypherNames.Label(group.Key.To)} {{{Id}: row.end}}) " +
                              $"WHERE {RelationshipKeyCypher.Predicate(group.Key, "r", "row.key")} DELETE r",
                group.Select(r => Ends(r, null)));
        }

        foreach (var group in delta.DeletedNodes.GroupBy(n => n.Label))
        {
            yield return Rows($"UNWIND $rows AS row MATCH (n:{CypherNames.Label(group.Key)} {{{Id}: row.id}}) DETACH DELETE n",
                group.Select(n => new Dictionary<string, object?> { ["id"] = n.Id }));
        }

        foreach (var group in delta.CreatedNodes.GroupBy(n => n.Label))
        {
            yield return Rows($"UNWIND $rows AS row CREATE (n:{CypherNames.Label(group.Key)}) SET n = row.props", group.Select(NodeRow));
        }

        foreach (var group in delta.UpdatedNodes.GroupBy(n => n.Label))
        {
            yield return Rows($"UNWIND $rows AS row MATCH (n:{CypherNames.Label(group.Key)} {{{Id}: row.id}}) SET n = row.props", group.Select(NodeRow));
        }

        foreach (var group in delta.CreatedRelationships.GroupBy(r => r.Definition))
        {
            yield return Rows($"UNWIND $rows AS row MATCH (a:{CypherNames.Label(group.Key.From)} {{{Id}: row.start}}) " +
                              $"MATCH (b:{CypherNames.Label(group.Key.To)} {{{Id}: row.end}}) " +
                              $"CREATE (a)-[r:{CypherNames.Type(group.Key)}]->(b) SET r = row.props",
                group.Select(r => Ends(r, ShadowProperties.With(r.Definition.Properties, r.Properties))));
        }
    }

    private static Dictionary<string, object?> NodeRow(NodeRecord node) => new()
    {
        ["id"] = node.Id,
        ["props"] = ShadowProperties.With(node.Label.Properties, node.Properties),
    };

    private static Dictionary<string, object?> Ends(RelationshipRecord relationship, Dictionary<string, object?>? properties) => new()
    {
        ["start"] = relationship.StartId,
        ["end"] = relationship.EndId,
        ["key"] = RelationshipKeyCypher.Values(relationship),
        ["props"] = properties,
    };

    private static CypherStatement Rows(string text, IEnumerable<Dictionary<string, object?>> rows) =>
        new(text, new Dictionary<string, object?> { ["rows"] = rows.Cast<object?>().ToList() });
}
