using KnowledgeGraph.Api.Analytics;
using KnowledgeGraph.Api.Exports;
using KnowledgeGraph.Api.Limits;

namespace KnowledgeGraph.Api;

public static class AnalyticsEndpointExtensions
{
    /// <summary>
    /// The export downloads (<c>/export/…</c>) and the explorer page (<c>/explorer</c>, its assets under <c>/explorer/</c>),
    /// both behind the door of <c>/graphql</c>: identity when reads are closed, the client's rate limit.
    /// </summary>
    public static IEndpointRouteBuilder MapKnowledgeGraphAnalytics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapKnowledgeGraphExports();
        endpoints.MapMethods(ExplorerPage.Path, [HttpMethods.Get, HttpMethods.Head], ExplorerPage.WriteAsync)
            .RequireClientRateLimit()
            .ExcludeFromDescription();
        return endpoints;
    }
}
