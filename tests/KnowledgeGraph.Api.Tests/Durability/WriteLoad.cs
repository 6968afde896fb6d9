using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Mutations;

namespace KnowledgeGraph.Api.Tests.Durability;

/// <summary>
/// Writers that each send, one after the other, an atomic change set of two operations: create an actor and link it
/// to a territory. A set is acknowledged when its answer came back without errors; sets sent but not answered when
/// the server died are in flight.
/// </summary>
public sealed class WriteLoad(Uri address, string apiKey, string territoryId)
{
    public ConcurrentBag<string> Acknowledged { get; } = [];

    public ConcurrentDictionary<string, byte> InFlight { get; } = new();

    public ConcurrentBag<string> Refused { get; } = [];

    public async Task RunAsync(int writers, CancellationToken stop)
    {
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => WriterAsync(w, stop)));
    }

    private async Task WriterAsync(int writer, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var id = $"ACT-KILL-W{writer}-{n}";
            InFlight[id] = 0;
            try
            {
                var (status, body) = await GraphQLClient.PostAsync(client, $$"""
                    mutation { applyChanges(operations: [
                      { createActor: { id: "{{id}}", name: "Kill test {{writer}}/{{n}}", kind: COMPANY, source: "KILL-TEST" } },
                      { linkActorToTerritory: { actorId: "{{id}}", territoryId: "{{territoryId}}" } }
                    ]) { dataVersion nodesCreatedCount relationshipsCreatedCount } }
                    """, apiKey: apiKey);
                if (status == HttpStatusCode.OK && body["errors"] is null && Created(body) == (1, 1))
                {
                    Acknowledged.Add(id);
                    InFlight.TryRemove(id, out _);
                }
                else
                {
                    Refused.Add($"{id}: {body.ToJsonString()}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or System.Text.Json.JsonException)
            {
                return; // the server is gone: this set stays in flight
            }
        }
    }

    private static (int, int) Created(JsonObject body)
    {
        var payload = body["data"]!["applyChanges"]!;
        return ((int)payload["nodesCreatedCount"]!, (int)payload["relationshipsCreatedCount"]!);
    }
}
