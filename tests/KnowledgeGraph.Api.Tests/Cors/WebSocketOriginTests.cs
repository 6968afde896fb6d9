using KnowledgeGraph.Api.Tests.Hosting;

namespace KnowledgeGraph.Api.Tests.Cors;

/// <summary>CORS does not cover WebSockets: the handshake's Origin is checked against the same allowlist.</summary>
public sealed class WebSocketOriginTests
{
    [Theory]
    [InlineData("http://evil.example", 403)]
    [InlineData("http://localhost:5190", 0)]
    [InlineData(null, 0)]
    public async Task A_WebSocket_handshake_from_an_origin_that_is_not_allowed_is_refused(string? origin, int expected)
    {
        await using var app = new KnowledgeGraphAppFactory();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Connection", "Upgrade");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Protocol", "graphql-transport-ws");
        if (origin is not null)
            request.Headers.TryAddWithoutValidation("Origin", origin);

        using var response = await app.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        if (expected == 403)
        {
            Assert.Equal(403, (int)response.StatusCode);
            Assert.Contains("ORIGIN_NOT_ALLOWED", body);
        }
        else
        {
            Assert.NotEqual(403, (int)response.StatusCode); // past the guard: whatever /graphql answers a handshake
        }
    }
}
