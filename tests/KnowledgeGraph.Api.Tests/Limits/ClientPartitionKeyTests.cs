using System.Net;
using System.Security.Claims;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Limits.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>Who a request counts against for rate limiting.</summary>
public sealed class ClientPartitionKeyTests
{
    private static DefaultHttpContext Request(string ip = "203.0.113.7", string? apiKeyHeader = null, ClaimsIdentity? identity = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(ip);
        if (apiKeyHeader is not null)
            context.Request.Headers["X-Api-Key"] = apiKeyHeader;
        if (identity is not null)
            context.User = new ClaimsPrincipal(identity);
        return context;
    }

    private static ClaimsIdentity VerifiedKey(string name) =>
        new([new Claim(ClaimTypes.Name, name)], ApiKeyAuthenticationHandler.SchemeName);

    [Fact]
    public void An_anonymous_client_counts_by_its_ip_address() =>
        Assert.Equal("ip:203.0.113.7", ClientPartitionKey.For(Request()));

    [Fact]
    public void An_unverified_key_header_does_not_change_the_partition()
    {
        Assert.Equal("ip:203.0.113.7", ClientPartitionKey.For(Request(apiKeyHeader: "made-up-1")));
        Assert.Equal("ip:203.0.113.7", ClientPartitionKey.For(Request(apiKeyHeader: "made-up-2")));
    }

    [Fact]
    public void A_verified_client_counts_by_its_identity_whatever_its_address()
    {
        Assert.Equal("user:apikey:newsroom", ClientPartitionKey.For(Request("198.51.100.1", identity: VerifiedKey("newsroom"))));
        Assert.Equal("user:apikey:newsroom", ClientPartitionKey.For(Request("198.51.100.2", identity: VerifiedKey("newsroom"))));
    }
}
