using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Subscriptions.Changes;

/// <summary>
/// Wraps the store's writer: after each committed write that changed something, moves the data version on (whatever
/// the transport of the mutation; and before the event, so that a subscriber refetching on it never gets a cached
/// answer from before the write) and publishes a
/// <see cref="GraphChange"/> to this instance's subscribers and to the other instances. Describing the change (its
/// labels) costs one read before and at most one after the write, done only while someone may listen. Nothing here can
/// fail a write: once committed, a publishing problem is logged.
/// </summary>
internal sealed partial class ChangePublishingWriter(
    IGraphWriter inner,
    GraphStoreHolder holder,
    GraphSchema schema,
    IDataVersion dataVersion,
    GraphChangeHub hub,
    IGraphChangeRelay relay,
    TimeProvider time,
    ILogger<ChangePublishingWriter> logger) : IGraphWriter
{
    public async Task<WriteResult> ApplyAsync(ChangeSet changeSet, WriteContext context, CancellationToken cancellationToken)
    {
        var listening = hub.HasObservers || relay.IsEnabled;
        var labels = listening ? await LabelsBeforeAsync(changeSet, cancellationToken) : null;
        var result = await inner.ApplyAsync(changeSet, context, cancellationToken);
        if (result.ChangedNothing)
            return result;
        try
        {
            // Here, not only in the HTTP endpoint: a mutation sent over SSE or WebSocket must move it on too.
            await dataVersion.BumpAsync(CancellationToken.None);
            if (labels is null)
                return result;
            var change = await DescribeAsync(result, labels);
            hub.Publish(change);
            await relay.PublishAsync(change, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPublishFailed(logger, result.DataVersion, e);
        }

        return result;
    }

    private async Task<Dictionary<string, string>?> LabelsBeforeAsync(ChangeSet changeSet, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in changeSet.Operations)
        {
            switch (operation)
            {
                case CreateNode create:
                    labels[create.Id] = create.Label;
                    break;
                case UpdateNode update:
                    existing.Add(update.Id);
                    break;
                case DeleteNode delete:
                    existing.Add(delete.Id);
                    break;
                case Link link:
                    existing.Add(link.StartId);
                    existing.Add(link.EndId);
                    break;
                case Unlink unlink:
                    existing.Add(unlink.StartId);
                    existing.Add(unlink.EndId);
                    break;
            }
        }

        existing.ExceptWith(labels.Keys);
        try
        {
            foreach (var (id, label) in await ChangeLabels.ReadAsync(holder.Store, schema, existing, cancellationToken))
                labels[id] = label;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write itself decides; labels read after it will do.
            LogLabelsUnavailable(logger, e);
        }

        return labels;
    }

    private async Task<GraphChange> DescribeAsync(WriteResult result, Dictionary<string, string> labels)
    {
        var unknown = result.NodesUpdated
            .Concat(result.RelationshipsCreated.SelectMany(r => new[] { r.StartId, r.EndId }))
            .Concat(result.RelationshipsDeleted.SelectMany(r => new[] { r.StartId, r.EndId }))
            .Where(id => !labels.ContainsKey(id))
            .Except(result.NodesDeleted)
            .ToHashSet(StringComparer.Ordinal);
        if (unknown.Count > 0)
        {
            foreach (var (id, label) in await ChangeLabels.ReadAsync(holder.Store, schema, unknown, CancellationToken.None))
                labels[id] = label;
        }

        string? Label(string id) => labels.GetValueOrDefault(id);
        ChangedRelationship Relationship(RelationshipChangeKind kind, RelationshipKey key) =>
            new(kind, key.Type, key.StartId, Label(key.StartId), key.EndId, Label(key.EndId));
        return new GraphChange(
            dataVersion.Current,
            result.DataVersion,
            time.GetUtcNow(),
            relay.InstanceId,
            [
                .. result.NodesCreated.Select(id => new ChangedNode(NodeChangeKind.Created, id, Label(id))),
                .. result.NodesUpdated.Select(id => new ChangedNode(NodeChangeKind.Updated, id, Label(id))),
                .. result.NodesDeleted.Select(id => new ChangedNode(NodeChangeKind.Deleted, id, Label(id))),
            ],
            [
                .. result.RelationshipsCreated.Select(key => Relationship(RelationshipChangeKind.Linked, key)),
                .. result.RelationshipsDeleted.Select(key => Relationship(RelationshipChangeKind.Unlinked, key)),
            ]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Write {StoreVersion} is committed but its change could not be published to subscribers.")]
    private static partial void LogPublishFailed(ILogger logger, long storeVersion, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The labels of the nodes a write names could not be read before it.")]
    private static partial void LogLabelsUnavailable(ILogger logger, Exception exception);
}
