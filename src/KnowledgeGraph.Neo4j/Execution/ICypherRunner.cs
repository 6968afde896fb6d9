using KnowledgeGraph.Bolt;
using KnowledgeGraph.Neo4j.Cypher;

namespace KnowledgeGraph.Neo4j.Execution;

/// <summary>Runs one statement (one Bolt RUN) and returns all its records.</summary>
public interface ICypherRunner
{
    Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(CypherStatement statement, CancellationToken cancellationToken);

    /// <summary>What the server said about itself (its agent names the version, which picks the DDL dialect).</summary>
    Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken);
}
