using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Mutations;
using static KnowledgeGraph.Api.Tests.Hostile.HostileExchange;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>
/// A request refused before its body is read, sent by a client still uploading a large body, on a real Kestrel socket:
/// the client reads a coded answer, never a connection reset, and the connection is still usable. The class of the one
/// reset of the long hostile run (a "huge list" POST with a header value that is not ASCII, which Kestrel refused
/// before the app ran, then closed under the client); every other early refusal (bad key, media type, size) too.
/// </summary>
public sealed class UnreadBodyTests : IAsyncLifetime
{
    private readonly KestrelHostileApp _app = new();
    private Uri _server = null!;

    public Task InitializeAsync()
    {
        _server = _app.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, string, string> Refusals() => new()
    {
        // header name, header value (sent as its Latin-1 bytes), content type
        { "X-Api-Key", "key\u202e\u00e9", GraphQLMediaTypes.Json },
        { "Authorization", "Bearer \u00e9\u00e9.\u00e9", GraphQLMediaTypes.Json },
        { "X-Api-Key", "not-a-key", GraphQLMediaTypes.Json },
        { "X-Note", "caf\u00e9", GraphQLMediaTypes.Json },
        { "X-Note", "plain", "application/json; x=\u00e9" },
        { "X-Note", "plain", "text/plain" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_request_refused_under_a_client_still_sending_gets_a_coded_answer_not_a_reset(string header, string value, string contentType)
    {
        using var client = HostileRun.Client(_server);
        // Above the body limit (256 KiB) and below what the server drains (4 MiB); a body just under the limit too.
        foreach (var size in new[] { 3_000_000, 200_000 })
        {
            var items = string.Join(",", Enumerable.Range(0, size / 10).Select(i => $"\"ID-{i}\""));
            var body = Encoding.UTF8.GetBytes("{\"query\":" + RawJson.Quote($"{{ actors(where: {{ id: {{ in: [{items}] }} }}) {{ totalCount }} }}") + "}");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLMediaTypes.GraphQLResponse));
            request.Headers.TryAddWithoutValidation(header, value);

            using var response = await client.SendAsync(request); // a reset throws here
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} for {body.Length} bytes: {Head(text)}");
            Assert.NotEmpty(AssertCodedErrors(text));
        }
        await AssertAliveAsync(client);
    }

    [Fact]
    public async Task A_header_value_that_is_not_ascii_reaches_the_app_and_a_valid_key_beside_it_still_works()
    {
        using var client = HostileRun.Client(_server);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ domains(first: 1) { totalCount } }\"}", Encoding.UTF8, GraphQLMediaTypes.Json),
        };
        request.Headers.TryAddWithoutValidation("X-Api-Key", WriteAppFactory.AdminKey);
        request.Headers.TryAddWithoutValidation("X-Note", "r\u00e9sum\u00e9 \u00ff");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && !text.Contains("\"errors\"", StringComparison.Ordinal), Head(text));
    }
}
