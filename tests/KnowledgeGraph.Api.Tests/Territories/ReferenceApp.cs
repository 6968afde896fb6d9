using KnowledgeGraph.Api.Tests.Analytics;
using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Territories;

/// <summary>The real app on the reference data (graph-seed/, embedded store), shared by the territory tests.</summary>
public sealed class ReferenceApp : IAsyncLifetime
{
    private readonly KnowledgeGraphAppFactory _factory = new();

    public AnalyticsApp App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App = new AnalyticsApp(_factory, _factory.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
