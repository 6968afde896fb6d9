namespace KnowledgeGraph.Api.Tests.Faults;

/// <summary>
/// Fault tests on real dependencies (Redis and Neo4j killed and frozen, the disk full, the data file read-only), each
/// on private instances it starts itself; run one at a time (they load the machine and time their phases).
/// Run them alone with <c>--filter "FullyQualifiedName~Faults"</c>.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultsCollection
{
    public const string Name = "Faults";
}
