using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Mutations;

namespace KnowledgeGraph.Api.Tests.Faults;

/// <summary>
/// Writers creating actors and readers asking the number of actors (one cacheable query, the same for all, so the
/// response cache is tempted) against a running service. A read sent after N writes were acknowledged must count at
/// least the starting number plus N (writes only add): a smaller count is a stale answer. Every answer is classified:
/// acknowledged write, refused write (with its code), stale read, or a problem (an error or 5xx without a code, no
/// answer within the client's timeout).
/// </summary>
public sealed class MixedLoad(Uri address, string apiKey, string idPrefix)
{
    private const string CountQuery = "{ actors { totalCount } }";
    private long acknowledgedCount;
    private long baseline;

    public ConcurrentQueue<string> Acknowledged { get; } = new();

    /// <summary>When each acknowledged write was sent and answered (UTC).</summary>
    public ConcurrentQueue<(DateTime Sent, DateTime Answered)> WriteTimes { get; } = new();

    /// <summary>Acknowledged writes that were in progress at some time between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public int AcknowledgedBetween(DateTime from, DateTime to) => WriteTimes.Count(w => w.Sent < to && w.Answered > from);

    /// <summary>Writes answered with an error, as "code: message" (a write may be refused while a dependency is down).</summary>
    public ConcurrentQueue<string> RefusedWrites { get; } = new();

    /// <summary>Reads answered with an error, as "code" (allowed when coded).</summary>
    public ConcurrentQueue<string> RefusedReads { get; } = new();

    /// <summary>What must never happen: stale answers, errors without a code, hangs.</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    public int Reads => reads;

    private int reads;

    /// <summary>The client's bound on one request: an answer slower than this is a hang.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public async Task RunAsync(int writers, int readers, CancellationToken stop)
    {
        using (var client = NewClient())
        {
            // The first answers of a cold store (a fresh Neo4j) may be slow: warm up until one arrives in time.
            var deadline = DateTime.UtcNow.AddMinutes(1);
            var (status, body) = await GraphQLClient.PostAsync(client, CountQuery);
            while ((status != HttpStatusCode.OK || body["errors"] is not null) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
                (status, body) = await GraphQLClient.PostAsync(client, CountQuery);
            }
            Assert.True(status == HttpStatusCode.OK && body["errors"] is null, $"{(int)status}: {body.ToJsonString()}");
            baseline = (long)body["data"]!["actors"]!["totalCount"]!;
        }
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => WriterAsync(w, stop))
            .Concat(Enumerable.Range(0, readers).Select(_ => ReaderAsync(stop))));
    }

    private async Task WriterAsync(int writer, CancellationToken stop)
    {
        using var client = NewClient();
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var id = $"{idPrefix}-W{writer}-{n}";
            var sent = DateTime.UtcNow;
            var answer = await SendAsync(client, $$"""
                mutation { createActor(input: { id: "{{id}}", name: "Fault test {{writer}}/{{n}}", kind: COMPANY, source: "FAULT-TEST" }) { nodesCreatedCount } }
                """, apiKey);
            if (answer is not { } body)
                continue;
            if (body["errors"] is null && (int?)body["data"]?["createActor"]?["nodesCreatedCount"] == 1)
            {
                Acknowledged.Enqueue(id);
                Interlocked.Increment(ref acknowledgedCount);
                WriteTimes.Enqueue((sent, DateTime.UtcNow));
            }
            else
            {
                RefusedWrites.Enqueue(Describe(body));
            }
        }
    }

    private async Task ReaderAsync(CancellationToken stop)
    {
        using var client = NewClient();
        while (!stop.IsCancellationRequested)
        {
            var expected = baseline + Interlocked.Read(ref acknowledgedCount);
            var answer = await SendAsync(client, CountQuery, apiKey: null);
            Interlocked.Increment(ref reads);
            if (answer is not { } body)
                continue;
            if (body["errors"] is not null)
            {
                RefusedReads.Enqueue(Describe(body));
                continue;
            }
            var count = (long)body["data"]!["actors"]!["totalCount"]!;
            if (count < expected)
                Problems.Enqueue($"stale read at {DateTime.UtcNow:HH:mm:ss.fff}: {count} actors after {expected - baseline} acknowledged writes ({expected})");
        }
    }

    /// <summary>The answer's body, or null after recording a problem (uncoded error, 5xx without a code, no answer).</summary>
    private async Task<JsonObject?> SendAsync(HttpClient client, string query, string? apiKey)
    {
        HttpStatusCode status;
        JsonObject body;
        try
        {
            (status, body) = await GraphQLClient.PostAsync(client, query, apiKey: apiKey);
        }
        catch (Exception e)
        {
            Problems.Enqueue($"no answer at {DateTime.UtcNow:HH:mm:ss.fff}: {e.GetType().Name}: {e.Message}");
            return null;
        }
        var uncoded = body["errors"]?.AsArray().Any(error => error?["extensions"]?["code"] is null) ?? false;
        if (uncoded || ((int)status >= 500 && body["errors"] is null))
        {
            Problems.Enqueue($"{(int)status} without a code: {body.ToJsonString()}");
            return null;
        }
        return body;
    }

    private HttpClient NewClient() => new() { BaseAddress = address, Timeout = RequestTimeout };

    private static string Describe(JsonObject body) =>
        string.Join("; ", body["errors"]!.AsArray().Select(e => $"{e!["extensions"]?["code"]}: {e["message"]}"));
}
