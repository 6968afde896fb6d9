namespace KnowledgeGraph.Benchmarks.Neo4jOverhead;

/// <summary>The measured operations: the flagship question and two deep nested reads of the reference data.</summary>
public static class OverheadQueries
{
    public static IReadOnlyList<(string Name, string Query)> All(string repositoryRoot) =>
    [
        ("flagship", File.ReadAllText(Path.Combine(repositoryRoot, "ui/graphiql/examples/flagship.graphql"))),
        ("deep: region > departments > alliances > participants > networks", """
            { territories(where: { id: { eq: "REG-76" } }) { nodes { name
                children(first: 20) { nodes { name
                  alliances(first: 10) { totalCount edges { node { name category
                    participants(first: 10) { edges { role since node { name kind
                      networks(first: 5) { nodes { name kind } } } } } } } } } } } } }
            """),
        ("deep: SDG 17 > targets > alliances > participants > territories > parent", """
            { sdgs(where: { number: { eq: 17 } }) { nodes { name
                targets(first: 19) { nodes { code title
                  alliances(first: 10, order: [{ startYear: DESC }]) { totalCount nodes { name startYear
                    participants(first: 10) { edges { role node { name
                      territories { nodes { name parent { name parent { name } } } } } } } } } } } } } }
            """),
    ];
}
