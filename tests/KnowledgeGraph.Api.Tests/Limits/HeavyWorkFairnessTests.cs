using System.Net;
using KnowledgeGraph.Api.Limits.Fairness;
using KnowledgeGraph.Api.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>
/// Through HTTP, with a lane of one thread held by a blocking piece of work (as a long betweenness computation would
/// hold it): analytics wait for the lane, and so do the exports of a neighbourhood or of a part of the whole graph;
/// ordinary queries do not; and an analytics request that waits past the query timeout is answered
/// <c>QUERY_TIMEOUT</c> and leaves the lane.
/// </summary>
public sealed class HeavyWorkFairnessTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ManualResetEventSlim release = new();
    private LimitsAppFactory? factory;
    private HeavyWorkLane lane = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    // Each test sets its own timeout. The ones that hold the lane and then release it need one far longer than what a
    // loaded machine takes to answer the ordinary query first. The one that waits for the lane on purpose still needs
    // one longer than the warm-up and the last query take there: while the whole suite ran beside a busy loop, the
    // first query of a host took up to 7 s, and this case failed once with 2 s.
    private async Task<LimitsAppFactory> StartAsync(string queryTimeout)
    {
        factory = new LimitsAppFactory(new Dictionary<string, string> { ["HeavyWorkThreads"] = "1", ["QueryTimeout"] = queryTimeout });
        // Warm the snapshot and the endpoint first, so that what the tests time is the lane alone.
        Answered(await GraphQLPost.SendAsync(factory.CreateClient(), "{ neighborhood(ids: [\"REG-76\"], depth: 1) { truncated } }"));
        lane = factory.Services.GetRequiredService<HeavyWorkLane>();
        return factory;
    }

    public async Task DisposeAsync()
    {
        release.Set();
        if (factory is not null)
            await factory.DisposeAsync();
    }

    public void Dispose() => release.Dispose();

    private static void Answered((HttpResponseMessage Response, System.Text.Json.Nodes.JsonObject Body) answer) =>
        GraphQLPost.AssertAnswered(answer.Response, answer.Body);

    private async Task HoldLaneAsync()
    {
        _ = lane.RunAsync(() => release.Wait(Patience), CancellationToken.None);
        await Eventually.TrueAsync(() => lane.Running > 0, "the lane did not start the blocking work", Patience);
    }

    [Theory]
    [InlineData("{ networkStats(network: WHOLE_GRAPH) { density } }")]
    [InlineData("{ centrality(measure: BETWEENNESS, top: 3) { id score } }")]
    [InlineData("{ neighborhood(ids: [\"REG-76\"], depth: 2) { nodes { id } } }")]
    [InlineData("{ shortestPath(from: \"REG-76\", to: \"REG-11\") { length } }")]
    public async Task An_analytics_request_waits_for_the_lane_while_an_ordinary_query_is_answered(string analytics)
    {
        var app = await StartAsync("00:01:00");
        await HoldLaneAsync();
        var client = app.CreateClient();
        var waiting = GraphQLPost.SendAsync(client, analytics);
        await Eventually.TrueAsync(() => lane.Queued > 0, "the analytics request did not reach the lane", Patience);

        Answered(await GraphQLPost.SendAsync(client, "{ domains(first: 3) { totalCount nodes { id name } } }"));
        Assert.False(waiting.IsCompleted, "the analytics request was answered while the lane was held");

        release.Set();
        Answered(await waiting.WaitAsync(Patience));
    }

    [Theory]
    [InlineData("/export/neighborhood.graphml?ids=REG-76&depth=2")]
    [InlineData("/export/graph.graphml?labels=Actor,Alliance")]
    public async Task An_export_that_selects_a_sub_graph_waits_for_the_lane_while_an_ordinary_query_is_answered(string url)
    {
        var app = await StartAsync("00:01:00");
        await HoldLaneAsync();
        var client = app.CreateClient();
        var waiting = client.GetAsync(url);
        await Eventually.TrueAsync(() => lane.Queued > 0, "the export did not reach the lane", Patience);

        Answered(await GraphQLPost.SendAsync(client, "{ domains(first: 3) { totalCount nodes { id name } } }"));
        Assert.False(waiting.IsCompleted, "the export was answered while the lane was held");

        release.Set();
        using var response = await waiting.WaitAsync(Patience);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task An_analytics_request_still_waiting_at_the_query_timeout_is_QUERY_TIMEOUT_and_its_work_is_dropped()
    {
        var app = await StartAsync("00:00:10");
        await HoldLaneAsync();

        var (response, body) = await GraphQLPost.SendAsync(app.CreateClient(), "{ centrality(measure: CLOSENESS, top: 2) { id } }");

        GraphQLPost.AssertRefused(response, body, HttpStatusCode.ServiceUnavailable, "QUERY_TIMEOUT");
        release.Set();
        await Eventually.TrueAsync(() => lane.Queued == 0 && lane.Running == 0, "the lane did not drain", Patience);
        Answered(await GraphQLPost.SendAsync(app.CreateClient(), "{ centrality(measure: CLOSENESS, top: 2) { id } }"));
    }
}
