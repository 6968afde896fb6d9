using System.Net;
using KnowledgeGraph.Api.Limits.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Api.Tests.Limits;

/// <summary>Who a request counts against for rate limiting.</summary>
public sealed class ClientPartitionKeyTests
{
    private static DefaultHttpContext Request(string? apiKey, string ip = "203.0.113.7")
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(ip);
        if (apiKey is not null)
            context.Request.Headers["X-Api-Key"] = apiKey;
        return context;
    }

    [Fact]
    public void A_client_without_a_key_counts_by_its_ip_address() =>
        Assert.Equal("ip:203.0.113.7", ClientPartitionKey.For(Request(null), "X-Api-Key"));

    [Fact]
    public void A_client_with_a_key_counts_by_its_key_whatever_its_address()
    {
        Assert.Equal("key:newsroom", ClientPartitionKey.For(Request("newsroom", "198.51.100.1"), "X-Api-Key"));
        Assert.Equal("key:newsroom", ClientPartitionKey.For(Request("newsroom", "198.51.100.2"), "X-Api-Key"));
    }

    [Fact]
    public void A_blank_key_is_no_key() =>
        Assert.Equal("ip:203.0.113.7", ClientPartitionKey.For(Request("   "), "X-Api-Key"));

    [Fact]
    public void A_long_key_is_cut() =>
        Assert.Equal(4 + ClientPartitionKey.MaxKeyLength, ClientPartitionKey.For(Request(new string('k', 10_000)), "X-Api-Key").Length);
}
