using KnowledgeGraph.Bolt;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Execution;

namespace KnowledgeGraph.Neo4j.Tests.Lint;

/// <summary>A stub runner that records the statements it is given instead of running them (for linting the seeder's statements).</summary>
internal sealed class RecordingRunner : ICypherRunner
{
    public List<CypherStatement> Statements { get; } = [];

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        Statements.Add(statement);
        return Task.FromResult<IReadOnlyList<IReadOnlyDictionary<string, object?>>>([]);
    }

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ServerInfo("stub", "Neo4j/5.20.0", BoltProtocolVersion.V5_0));
}
