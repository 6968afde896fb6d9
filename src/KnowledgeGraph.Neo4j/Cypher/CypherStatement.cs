namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>A Cypher statement and its parameters. Every value a client sent is in <see cref="Parameters"/>, never in <see cref="Text"/>.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public override string ToString() => Text;
}
