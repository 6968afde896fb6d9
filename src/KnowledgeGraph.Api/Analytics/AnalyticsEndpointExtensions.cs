using KnowledgeGraph.Api.Analytics;
using KnowledgeGraph.Api.Exports;

namespace KnowledgeGraph.Api;

public static class AnalyticsEndpointExtensions
{
    /// <summary>The export downloads (<c>/export/…</c>) and the explorer page (<c>/explorer</c>, its assets under <c>/explorer/</c>).</summary>
    public static IEndpointRouteBuilder MapKnowledgeGraphAnalytics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapKnowledgeGraphExports();
        endpoints.MapMethods(ExplorerPage.Path, [HttpMethods.Get, HttpMethods.Head], ExplorerPage.WriteAsync).ExcludeFromDescription();
        return endpoints;
    }
}
