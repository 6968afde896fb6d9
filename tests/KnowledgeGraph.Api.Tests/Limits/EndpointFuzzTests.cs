using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>
/// Thousands of random and malformed requests against the real app in memory: every answer is a well-formed GraphQL
/// response below 500 without a stack trace, and the app still answers a normal query afterwards.
/// Set KG_FUZZ_SEED to replay a failing run.
/// </summary>
public sealed class EndpointFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Requests = 3000;
    private static readonly HttpStatusCode[] Allowed =
    [
        HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotAcceptable,
        HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.TooManyRequests,
    ];

    private LimitsAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new LimitsAppFactory(new Dictionary<string, string> { ["RateLimitPermits"] = "0" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Random_and_malformed_bodies_never_crash_the_app_nor_leak_a_stack_trace()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("KG_FUZZ_SEED"), out var fixedSeed) ? fixedSeed : 20_260_601;
        output.WriteLine($"fuzz seed {seed}");
        var bodies = new HostileBodies(seed);
        var client = factory.CreateClient();
        var statuses = new Dictionary<HttpStatusCode, int>();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Requests; i++)
        {
            var request = bodies.Next();
            using var message = request.ToMessage();
            var response = await client.SendAsync(message);
            var text = await response.Content.ReadAsStringAsync();
            var context = $"seed {seed}, request #{i}: {request}\n=> {(int)response.StatusCode} {text[..Math.Min(text.Length, 500)]}";

            Assert.True(Allowed.Contains(response.StatusCode), context + LastLoggedError());
            Assert.DoesNotContain("   at ", text);
            Assert.False(text.Contains("Exception", StringComparison.Ordinal), context);
            AssertGraphQLResponse(text, context);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }

        output.WriteLine($"{Requests} requests in {clock.Elapsed.TotalSeconds:0.0} s: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}×{s.Value}")));
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.OK) > 0, "no request was answered: the generator is too hostile to reach execution");
        var (after, body) = await GraphQLPost.SendAsync(client, "{ domains(first: 3) { totalCount nodes { id name } } }");
        GraphQLPost.AssertAnswered(after, body);
    }

    private string LastLoggedError() =>
        factory.Logs.Entries.LastOrDefault(log => log.Exception is not null) is { } log
            ? $"\nlogged: {log.Exception!.GetType().Name}: {log.Exception.Message[..Math.Min(log.Exception.Message.Length, 300)]}"
            : "";

    private static void AssertGraphQLResponse(string text, string context)
    {
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Assert.True(root.ValueKind == JsonValueKind.Object, context);
        var hasData = root.TryGetProperty("data", out _);
        var hasErrors = root.TryGetProperty("errors", out var errors);
        Assert.True(hasData || hasErrors, context);
        if (!hasErrors)
            return;
        Assert.True(errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0, context);
        foreach (var error in errors.EnumerateArray())
        {
            Assert.True(error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String, context);
            Assert.True(error.TryGetProperty("extensions", out var extensions)
                && extensions.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 }, context);
        }
    }
}
