using GraphQL;
using KnowledgeGraph.Api.GraphQL.Planning;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Api.Territories;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.Analytics.GraphQL;

/// <summary>
/// The ids of the alliances an <c>AllianceFilterInput</c> selects, read through the store as <c>alliances(where:)</c>
/// would (same filter semantics on both stores), a page of <see cref="PageRequest.MaxPageSize"/> ids at a time.
/// </summary>
internal static class AllianceIdReader
{
    private const string Key = "allianceIds";

    public static async Task<IReadOnlyList<string>> ReadAsync(IResolveFieldContext context, object where)
    {
        var schema = (KnowledgeGraphGraphQLSchema)context.Schema;
        var label = DomainLabels.Alliance;
        var filter = new FilterReader(schema.Graph).Read(label, where);
        var store = context.RequestServices!.GetRequiredService<IGraphStore>();
        var territories = context.RequestServices!.GetService<TerritoryDirectorySource>();
        if (filter is not null && territories is not null)
        {
            // The same step as for every read: territory names in `within` become ids.
            var plan = await territories.ResolveAsync(new ReadPlan([new CollectionRead(Key, new ConnectionQuery(label, filter, [],
                new PageRequest(First: 0), NodeProjection.IdOnly(label), IncludeTotalCount: false))]), store, context.CancellationToken);
            filter = ((CollectionRead)plan.Roots[0]).Query.Where;
        }

        var ids = new List<string>();
        string? after = null;
        do
        {
            var query = new ConnectionQuery(label, filter, [], new PageRequest(First: PageRequest.MaxPageSize, After: after),
                NodeProjection.IdOnly(label), IncludeTotalCount: false);
            var read = await store.ReadAsync(new ReadPlan([new CollectionRead(Key, query)]), context.CancellationToken);
            var page = read.Get<ConnectionResult>(Key) ?? throw new InvalidOperationException("The store answered no alliance page.");
            ids.AddRange(page.Edges.Select(e => e.Node.Id));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return ids;
    }
}
