using KnowledgeGraph.Api.Territories;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// A decorator (not a mock): delegates every read to the real store and counts the calls. The territory directory's
/// reads (once per data version, when a request names a territory) are counted apart, in <see cref="DirectoryReads"/>:
/// <see cref="Calls"/> counts the reads that answer requests.
/// </summary>
internal sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int _calls;
    private int _directoryReads;

    public int Calls => Volatile.Read(ref _calls);

    public int DirectoryReads => Volatile.Read(ref _directoryReads);

    public Task<ReadResult> ReadAsync(ReadPlan plan, CancellationToken cancellationToken)
    {
        if (plan.Roots is [{ Key: TerritoryDirectorySource.ReadKey }])
        {
            Interlocked.Increment(ref _directoryReads);
        }
        else
        {
            Interlocked.Increment(ref _calls);
        }

        return inner.ReadAsync(plan, cancellationToken);
    }
}
