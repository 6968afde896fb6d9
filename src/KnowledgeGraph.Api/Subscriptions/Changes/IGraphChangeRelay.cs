namespace KnowledgeGraph.Api.Subscriptions.Changes;

/// <summary>Carries this instance's changes to the other instances of the deployment (and theirs to this one's hub).</summary>
public interface IGraphChangeRelay
{
    /// <summary>Whether other instances may listen (a change is described even when no one listens here).</summary>
    bool IsEnabled { get; }

    /// <summary>Names this instance in the changes it publishes; a relayed change from this instance is not delivered twice.</summary>
    string InstanceId { get; }

    Task PublishAsync(GraphChange change, CancellationToken cancellationToken);
}
