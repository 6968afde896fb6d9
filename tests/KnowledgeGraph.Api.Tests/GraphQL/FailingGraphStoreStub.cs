using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>A stub for what the real stores do not show on demand: an outage, or a bug that throws.</summary>
internal sealed class FailingGraphStoreStub(Exception failure) : IGraphStore
{
    public Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken) => Task.FromException<ReadResult>(failure);
}
