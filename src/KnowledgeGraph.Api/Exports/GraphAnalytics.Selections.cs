using KnowledgeGraph.Core.Analytics;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Api.Analytics;

/// <summary>
/// The sub-graphs an export selects, computed in the lane of the heavy work as the GraphQL fields' are, over the
/// snapshot whose version the export's ETag already names.
/// </summary>
public sealed partial class GraphAnalytics
{
    /// <summary>The neighbourhood of <c>neighborhood(ids:, depth:)</c> over <paramref name="view"/>.</summary>
    public Task<SubGraph> NeighborhoodAsync(GraphView view, NeighborhoodRequest request, CancellationToken cancellationToken) =>
        InLaneAsync(view, v => Neighborhood.Explore(v, request), cancellationToken);

    /// <summary>The part of the whole graph that <paramref name="filter"/> keeps, over <paramref name="view"/>.</summary>
    public Task<SubGraph> WholeGraphSelectionAsync(GraphView view, WholeGraphFilter filter, CancellationToken cancellationToken) =>
        InLaneAsync(view, v => WholeGraphSelection.Select(v, filter), cancellationToken);
}
