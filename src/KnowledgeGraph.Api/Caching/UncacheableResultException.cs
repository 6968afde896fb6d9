using GraphQL;

namespace KnowledgeGraph.Api.Caching;

/// <summary>Leaves the cache factory with a result that must not be cached (it has errors), to be answered as is.</summary>
internal sealed class UncacheableResultException(ExecutionResult result) : Exception("The GraphQL result has errors and is not cached.")
{
    public ExecutionResult Result { get; } = result;
}
