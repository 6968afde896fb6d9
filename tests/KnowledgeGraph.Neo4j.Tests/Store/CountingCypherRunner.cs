using KnowledgeGraph.Bolt;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;

namespace KnowledgeGraph.Neo4j.Tests.Store;

/// <summary>A decorator over the real runner that counts the statements (Bolt RUN messages) sent.</summary>
public sealed class CountingCypherRunner(ICypherRunner inner) : ICypherRunner
{
    private int _runs;

    public int Runs => _runs;

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        return inner.RunAsync(statement, cancellationToken);
    }

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) => inner.GetServerInfoAsync(cancellationToken);
}
