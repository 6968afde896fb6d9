namespace KnowledgeGraph.Bolt.Tests.Real;

/// <summary>Neo4j 3.1.1 offers TLS on Bolt with a generated self-signed certificate.</summary>
[Collection(Neo4jCollection.Name)]
public class TlsTests
{
    private static string WithScheme(string scheme) => Neo4jFixture.Uri.Replace("bolt://", scheme + "://", StringComparison.Ordinal);

    [Fact]
    public async Task SelfSignedSchemeAcceptsTheServerCertificate()
    {
        await using var driver = BoltDriver.Create(WithScheme("bolt+ssc"), AuthToken.Basic(Neo4jFixture.User, Neo4jFixture.Password));
        await using var session = driver.Session();
        Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);
    }

    [Fact]
    public async Task SystemTrustSchemeRefusesASelfSignedCertificate()
    {
        await using var driver = BoltDriver.Create(WithScheme("bolt+s"), AuthToken.Basic(Neo4jFixture.User, Neo4jFixture.Password));
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
    }

    [Theory]
    [InlineData("neo4j")]
    [InlineData("neo4j+ssc")]
    public async Task RoutingSchemesWorkOnASingleServerWithoutRoute(string scheme)
    {
        // Neo4j 3.1.1 speaks Bolt 1, which has no ROUTE: the routing driver takes it as a one-member cluster.
        await using var driver = BoltDriver.Create(WithScheme(scheme) + "?region=test", AuthToken.Basic(Neo4jFixture.User, Neo4jFixture.Password));
        Assert.True(driver.IsRouting);
        await using var session = driver.Session();
        Assert.Equal(2L, await session.ExecuteReadAsync(async tx => (await (await tx.RunAsync("RETURN 2 AS x")).SingleAsync()).Get<long>("x")));
        Assert.Equal(3L, await session.ExecuteWriteAsync(async tx => (await (await tx.RunAsync("RETURN 3 AS x")).SingleAsync()).Get<long>("x")));
    }

    [Fact]
    public void RoutingContextNeedsARoutingScheme() =>
        Assert.Throws<ArgumentException>(() => BoltDriver.Create("bolt://localhost?region=eu", AuthToken.None));

    [Fact]
    public void AuthTokenNeverShowsTheSecret() =>
        Assert.DoesNotContain("s3cret", AuthToken.Basic("neo4j", "s3cret").ToString() + AuthToken.Bearer("s3cret") + new BoltDriverOptions { Auth = AuthToken.Basic("u", "s3cret") }, StringComparison.Ordinal);
}
