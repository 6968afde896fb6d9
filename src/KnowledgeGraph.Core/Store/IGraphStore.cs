using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;

namespace KnowledgeGraph.Core.Store;

/// <summary>
/// Where the graph lives. Both implementations (embedded, Neo4j) are held to one contract suite and must give
/// identical answers for the same plan.
/// </summary>
public interface IGraphStore
{
    /// <summary>Executes every root of the plan; the Neo4j store does it in one round trip.</summary>
    Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken);
}
