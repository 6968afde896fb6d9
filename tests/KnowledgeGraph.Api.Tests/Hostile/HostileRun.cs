using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>What a hostile run saw: counts of every failure class, samples of each, and the bystander's latencies.</summary>
public sealed class HostileReport
{
    public int Requests;
    public int ServerErrors;
    public int MissingCodes;
    public int Leaks;
    public int Resets;
    public int ProtocolRefusals;
    public int Timeouts;
    public readonly ConcurrentDictionary<int, int> Statuses = new();
    public readonly ConcurrentQueue<string> Samples = new();

    /// <summary>Per kind of request: how many were sent and their latencies (ms), to see where the flood's time goes.</summary>
    public readonly ConcurrentDictionary<string, ConcurrentBag<double>> KindLatencies = new();
    public double QuietP50Ms, QuietP99Ms, QuietBeforeP99Ms, QuietAfterP99Ms, LoadedP50Ms, LoadedP99Ms;

    /// <summary>Every request sent, in the order generated, with the status it got (0: reset): to compare two builds.</summary>
    public IReadOnlyList<(HostileCall Call, int Status)> Answers => [.. _calls.Zip(_statuses)];

    private HostileCall[] _calls = [];
    private int[] _statuses = [];

    internal void Expect(HostileCall[] calls) => (_calls, _statuses) = (calls, new int[calls.Length]);

    internal void Answered(int index, int status) => _statuses[index] = status;

    private const int SlowestKept = 10;
    private readonly List<(double Ms, string Call)> _slowest = [];

    /// <summary>Keeps the <see cref="SlowestKept"/> slowest requests: what the service spends its time on.</summary>
    public void Timed(HostileCall call, int status, double ms)
    {
        lock (_slowest)
        {
            if (_slowest.Count == SlowestKept && ms <= _slowest[^1].Ms)
                return;
            var at = _slowest.FindIndex(kept => kept.Ms < ms);
            _slowest.Insert(at < 0 ? _slowest.Count : at, (ms, $"{status} {call}"));
            if (_slowest.Count > SlowestKept)
                _slowest.RemoveAt(SlowestKept);
        }
    }

    /// <summary>The slowest requests, one line each: milliseconds, status and the request's head.</summary>
    public IEnumerable<string> Slowest()
    {
        lock (_slowest)
            return _slowest.Select(kept => $"slow: {kept.Ms:0} ms {kept.Call.ReplaceLineEndings(" ")}").ToList();
    }

    public void Sample(string what)
    {
        if (Samples.Count < 20)
            Samples.Enqueue(what);
    }

    /// <summary>Each kind's count, total and p99 of its latencies, the costliest first.</summary>
    public string KindSummary() => "time by kind: " + string.Join("; ", KindLatencies
        .Select(kind => (kind.Key, Values: kind.Value.ToList(), Total: kind.Value.Sum()))
        .OrderByDescending(kind => kind.Total)
        .Select(kind => $"{kind.Key} ×{kind.Values.Count} {kind.Total / 1000:0.0} s (p99 {HostileRun.Percentile(kind.Values, 0.99):0} ms)"));

    public override string ToString() =>
        $"requests {Requests}; 5xx {ServerErrors} (and {Timeouts} coded 503 QUERY_TIMEOUT); errors without extensions.code {MissingCodes}; leaks {Leaks}; resets {Resets}; "
        + $"Kestrel-level 400/414/431 without body {ProtocolRefusals}; statuses {string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; "
        + $"bystander p50/p99 quiet {QuietP50Ms:0.0}/{QuietP99Ms:0.0} ms (p99 before {QuietBeforeP99Ms:0.0}, after {QuietAfterP99Ms:0.0}), under load {LoadedP50Ms:0.0}/{LoadedP99Ms:0.0} ms "
        + $"(p99 ratio {(QuietP99Ms > 0 ? LoadedP99Ms / QuietP99Ms : 0):0.00})";
}

/// <summary>
/// Sends hostile traffic to a live server from several clients at once while a bystander asks an ordinary question
/// in a loop, and classifies every answer: 5xx, an error without <c>extensions.code</c>, a stack trace or .NET type
/// name in a body, a connection reset or a cut-off body.
/// </summary>
public static class HostileRun
{
    private const string BystanderQuery = "{ domains(first: 3) { totalCount nodes { id name } } }";
    private static readonly string[] LeakMarks = ["   at ", "Exception", "System.", "Microsoft.", "KnowledgeGraph.Api", "GraphQLParser", ".cs:line"];

    public static HttpClient Client(Uri server) => new(new SocketsHttpHandler
    {
        // Let odd header values through as raw bytes, as a hostile client would send them.
        RequestHeaderEncodingSelector = (_, _) => Encoding.Latin1,
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };

    /// <param name="quiet">
    /// How long the bystander is timed alone, before the hostile clients start and again after they stop; the quiet
    /// figures pool both windows, so that a machine whose other load drifts during the run (a shared build machine) does
    /// not make one short window the baseline.
    /// </param>
    /// <param name="phasesFile">
    /// Where to write when the quiet windows and the flood started and ended (unix milliseconds), for a bystander in a
    /// process of its own (<c>benchmarks/hostile/bystander.py</c>), or null.
    /// </param>
    /// <param name="kinds">Only requests of these kinds (<see cref="HostileCall.Kind"/>), or all when null: to see what one kind costs.</param>
    public static async Task<HostileReport> RunAsync(Uri server, int requests, int seed, int clients, string adminKey, TimeSpan quiet,
        string? phasesFile = null, Action<string>? log = null, IReadOnlySet<string>? kinds = null)
    {
        using var probe = Client(server);
        var schema = await LiveSchema.FetchAsync(probe);
        var traffic = new HostileTraffic(schema, seed, adminKey);
        var calls = Generate(traffic).Where(call => kinds is null || kinds.Contains(call.Kind)).Take(requests).ToArray();
        var report = new HostileReport { Requests = requests };
        report.Expect(calls);

        var quietStart = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var quietBefore = await BystanderAsync(server, quiet, CancellationToken.None);

        using var done = new CancellationTokenSource();
        var bystander = BystanderAsync(server, TimeSpan.FromHours(1), done.Token);
        var next = -1;
        var clock = Stopwatch.StartNew();
        var loadedStart = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            using var client = Client(server);
            int i;
            while ((i = Interlocked.Increment(ref next)) < calls.Length)
                report.Answered(i, await SendAsync(client, calls[i], report));
        }));
        await done.CancelAsync();
        var loadedEnd = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var loaded = await bystander;
        (report.LoadedP50Ms, report.LoadedP99Ms) = (Percentile(loaded, 0.5), Percentile(loaded, 0.99));
        var quietAfter = await BystanderAsync(server, quiet, CancellationToken.None);
        if (phasesFile is not null)
            await File.WriteAllTextAsync(phasesFile, $"quiet_start={quietStart}\nloaded_start={loadedStart}\n"
                + $"loaded_end={loadedEnd}\nquiet_end={DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}\n");
        (report.QuietBeforeP99Ms, report.QuietAfterP99Ms) = (Percentile(quietBefore, 0.99), Percentile(quietAfter, 0.99));
        (report.QuietP50Ms, report.QuietP99Ms) = (Percentile([.. quietBefore, .. quietAfter], 0.5), Percentile([.. quietBefore, .. quietAfter], 0.99));
        log?.Invoke($"{requests} hostile requests from {clients} clients in {clock.Elapsed.TotalSeconds:0.0} s (seed {seed})");
        return report;
    }

    private static IEnumerable<HostileCall> Generate(HostileTraffic traffic)
    {
        while (true)
            yield return traffic.Next();
    }

    /// <returns>The status, or 0 when the connection was reset.</returns>
    private static async Task<int> SendAsync(HttpClient client, HostileCall call, HostileReport report)
    {
        using var request = new HttpRequestMessage(call.Method, call.Path);
        if (call.Body is not null)
        {
            request.Content = new ByteArrayContent(call.Body);
            if (call.ContentType is not null && MediaTypeHeaderValue.TryParse(call.ContentType, out var type))
                request.Content.Headers.ContentType = type;
            else if (call.ContentType is not null)
                request.Content.Headers.TryAddWithoutValidation("Content-Type", call.ContentType);
        }
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json");
        foreach (var (name, value) in call.Headers)
            request.Headers.TryAddWithoutValidation(name, value);
        HttpResponseMessage response;
        string text;
        var started = Stopwatch.GetTimestamp();
        try
        {
            response = await client.SendAsync(request);
            text = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            report.KindLatencies.GetOrAdd(call.Kind, _ => []).Add(elapsed);
            report.Timed(call, (int)response.StatusCode, elapsed);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            Interlocked.Increment(ref report.Resets);
            report.Sample($"reset ({e.GetType().Name}: {e.Message}) on {call}");
            return 0;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            report.Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status == 503 && text.Contains("\"QUERY_TIMEOUT\"", StringComparison.Ordinal))
            {
                // A coded, designed answer (the operation ran past QueryTimeout and was stopped): counted apart.
                Interlocked.Increment(ref report.Timeouts);
                report.Sample($"timeout on {call}");
            }
            else if (status >= 500)
            {
                Interlocked.Increment(ref report.ServerErrors);
                report.Sample($"{status} {Head(text)} on {call}");
            }
            if (LeakMarks.FirstOrDefault(mark => text.Contains(mark, StringComparison.Ordinal)) is { } leak)
            {
                Interlocked.Increment(ref report.Leaks);
                report.Sample($"leak '{leak}' in {Head(text)} on {call}");
            }
            if (status is 400 or 414 or 431 && text.Length == 0 && response.Content.Headers.ContentType is null)
            {
                // Kestrel's own refusal of a malformed HTTP request (a header it cannot read, a URL or headers too
                // long), before any of the app runs: it has no body to code.
                if (Interlocked.Increment(ref report.ProtocolRefusals) <= 2)
                    report.Sample($"server-level 400 on {call} with headers {string.Join("; ", call.Headers.Select(h => $"{h.Name}: {h.Value}"))}");
                return status;
            }
            if (!HasCodedErrors(status, text))
            {
                Interlocked.Increment(ref report.MissingCodes);
                report.Sample($"uncoded {status} {Head(text)} on {call}");
            }
        }

        return (int)response.StatusCode;
    }

    /// <summary>A success with data, or a body whose every error carries extensions.code.</summary>
    private static bool HasCodedErrors(int status, string text)
    {
        if (status == 200 && text.Length > 0 && text[0] == '<')
            return true; // the IDE page
        try
        {
            var body = JsonNode.Parse(text)?.AsObject();
            if (body is null)
                return false;
            var errors = body["errors"]?.AsArray();
            if (errors is null)
                return status < 400 && body.ContainsKey("data");
            return errors.Count > 0 && errors.All(error => !string.IsNullOrEmpty((string?)error?["extensions"]?["code"]));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static async Task<List<double>> BystanderAsync(Uri server, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var client = Client(server);
        var latencies = new List<double>();
        for (var i = 0; i < 20; i++)
            await AskAsync(client);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            await AskAsync(client);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await Task.Delay(5, CancellationToken.None);
        }
        return latencies;
    }

    private static async Task AskAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/graphql", new StringContent(
            "{\"query\":" + RawJson.Quote(BystanderQuery) + "}", Encoding.UTF8, "application/json"), CancellationToken.None);
        await response.Content.ReadAsStringAsync(CancellationToken.None);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"The bystander got {(int)response.StatusCode}");
    }

    internal static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
            return 0;
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static string Head(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
