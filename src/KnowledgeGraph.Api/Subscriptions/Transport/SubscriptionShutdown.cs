using KnowledgeGraph.Api.Subscriptions.Changes;

namespace KnowledgeGraph.Api.Subscriptions.Transport;

/// <summary>When the host starts stopping, completes every change stream: SSE clients get <c>complete</c>, WebSocket clients <c>complete</c> then close 1001.</summary>
internal sealed class SubscriptionShutdown(IHostApplicationLifetime lifetime, GraphChangeHub hub) : IHostedService
{
    private CancellationTokenRegistration _registration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _registration = lifetime.ApplicationStopping.Register(hub.Complete);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _registration.DisposeAsync().AsTask();
}
