using KnowledgeGraph.Bolt;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;

namespace KnowledgeGraph.Benchmarks.Neo4jOverhead;

/// <summary>Passes every statement on and keeps the last one: the compiled Cypher of the last GraphQL operation.</summary>
public sealed class RecordingCypherRunner(ICypherRunner inner) : ICypherRunner
{
    public CypherStatement? Last { get; private set; }

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        Last = statement;
        return inner.RunAsync(statement, cancellationToken);
    }

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) => inner.GetServerInfoAsync(cancellationToken);
}
