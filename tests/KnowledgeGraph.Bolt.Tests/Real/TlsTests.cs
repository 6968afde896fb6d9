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

    [Fact]
    public void RoutingSchemeIsNotSupportedYet() =>
        Assert.Throws<NotSupportedException>(() => BoltDriver.Create("neo4j://localhost", AuthToken.None));

    [Fact]
    public void AuthTokenNeverShowsTheSecret() =>
        Assert.DoesNotContain("s3cret", AuthToken.Basic("neo4j", "s3cret").ToString() + AuthToken.Bearer("s3cret") + new BoltDriverOptions { Auth = AuthToken.Basic("u", "s3cret") }, StringComparison.Ordinal);
}
