using KnowledgeGraph.Core.Plan;

namespace KnowledgeGraph.Benchmarks.CypherVsHandwritten;

/// <summary>
/// One benchmark case: a plan as the GraphQL layer would build it, and the Cypher a person would write for the same
/// answer. <see cref="Ids"/> reads the ids of the answer from each side's one record, to check they agree.
/// </summary>
internal sealed record BenchmarkQuery(
    string Name,
    string GraphQL,
    ReadPlan Plan,
    string Handwritten,
    Func<IReadOnlyDictionary<string, object?>, string> GeneratedIds,
    Func<IReadOnlyDictionary<string, object?>, string> HandwrittenIds);
