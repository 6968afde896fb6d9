using System.Runtime.CompilerServices;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Results;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Territories;

namespace KnowledgeGraph.Api.Territories;

/// <summary>
/// The <see cref="TerritoryDirectory"/> of the current data: read from the store (either store, by the same plan)
/// once per data version (<see cref="IDataVersion.Current"/>), shared by concurrent requests, read again when the
/// version moves. <see cref="ResolveAsync"/> is the step in front of the store for every GraphQL read plan.
/// </summary>
public sealed class TerritoryDirectorySource(GraphSchema schema, IDataVersion dataVersion)
{
    /// <summary>The result key of the directory's reads: not a GraphQL name, so no client's field or alias has it.</summary>
    public const string ReadKey = "territory-directory";
    private readonly Lock _gate = new();
    private readonly ConditionalWeakTable<ReadPlan, Resolved> _resolved = new();
    private (string Version, Task<TerritoryDirectory> Directory)? _current;

    /// <summary>The plan with every territory named by the user resolved to its id (see <see cref="TerritoryPlanResolver"/>).</summary>
    public async Task<ReadPlan> ResolveAsync(ReadPlan plan, IGraphStore store, CancellationToken cancellationToken)
    {
        if (!TerritoryPlanResolver.NeedsDirectory(plan, schema))
        {
            return plan;
        }

        var directory = await GetAsync(store, cancellationToken);
        // A cached plan resolves to the same plan while the data has not changed: keep it, so that a store that
        // compiles per plan instance (Neo4j) compiles it once.
        if (_resolved.TryGetValue(plan, out var kept) && ReferenceEquals(kept.Directory, directory))
        {
            return kept.Plan;
        }

        var resolved = TerritoryPlanResolver.Resolve(plan, schema, directory);
        _resolved.AddOrUpdate(plan, new Resolved(directory, resolved));
        return resolved;
    }

    public Task<TerritoryDirectory> GetAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var version = dataVersion.Current;
        lock (_gate)
        {
            if (_current is { } current && current.Version == version && !current.Directory.IsFaulted && !current.Directory.IsCanceled)
            {
                return current.Directory;
            }

            // Read with no request's token: the load is shared, one caller giving up must not fail the others.
            var load = LoadAsync(store);
            _current = (version, load);
            return load.WaitAsync(cancellationToken);
        }
    }

    private async Task<TerritoryDirectory> LoadAsync(IGraphStore store)
    {
        var label = DomainLabels.Territory;
        var projection = new NodeProjection(
            [label.Property(GraphSchema.IdProperty), label.Property("name"), label.Property("level"), label.Property("inseeCode")], []);
        var entries = new List<TerritoryEntry>();
        string? after = null;
        do
        {
            var query = new ConnectionQuery(label, null, [], new PageRequest(First: PageRequest.MaxPageSize, After: after), projection,
                IncludeTotalCount: false);
            var read = await store.ReadAsync(new ReadPlan([new CollectionRead(ReadKey, query)]), CancellationToken.None);
            var page = read.Get<ConnectionResult>(ReadKey) ?? throw new InvalidOperationException("The store answered no territory page.");
            entries.AddRange(page.Edges.Select(e => new TerritoryEntry(
                e.Node.Id, Text(e.Node, "name") ?? e.Node.Id, Text(e.Node, "level") ?? "", Text(e.Node, "inseeCode"))));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return new TerritoryDirectory(entries);
    }

    private static string? Text(NodeResult node, string property) =>
        node.Properties.TryGetValue(property, out var value) ? value as string : null;

    private sealed record Resolved(TerritoryDirectory Directory, ReadPlan Plan);
}
