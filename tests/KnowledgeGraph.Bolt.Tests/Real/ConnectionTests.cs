namespace KnowledgeGraph.Bolt.Tests.Real;

[Collection(Neo4jCollection.Name)]
public class ConnectionTests(Neo4jFixture fixture)
{
    [Fact]
    public async Task ReportsServerAgentAndBoltVersion()
    {
        var info = await fixture.Driver.GetServerInfoAsync();
        Assert.Equal("Neo4j/3.1.1", info.Agent);
        Assert.Equal(BoltProtocolVersion.V1, info.ProtocolVersion);
        Assert.Equal(new Version(3, 1, 1), info.Version);
    }

    [Fact]
    public async Task WrongPasswordIsAnAuthenticationError()
    {
        await using var driver = BoltDriver.Create(Neo4jFixture.Uri, AuthToken.Basic(Neo4jFixture.User, "not-the-password"));
        var error = await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync());
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.DoesNotContain("not-the-password", driver.Options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAuthenticationIsRefusedByAServerWithAuthEnabled()
    {
        await using var driver = BoltDriver.Create(Neo4jFixture.Uri, AuthToken.None);
        await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync());
    }

    [Fact]
    public async Task UnreachableServerIsServiceUnavailable()
    {
        await using var driver = BoltDriver.Create("bolt://127.0.0.1:1", AuthToken.None);
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
    }

    [Fact]
    public async Task PoolExhaustionTimesOutAcquisition()
    {
        await using var driver = Neo4jFixture.CreateDriver(o => { o.MaxConnectionPoolSize = 1; o.ConnectionAcquisitionTimeout = TimeSpan.FromMilliseconds(300); });
        await using var holder = driver.Session();
        await using var transaction = await holder.BeginTransactionAsync();
        await using var other = driver.Session();
        await Assert.ThrowsAsync<ConnectionAcquisitionTimeoutException>(() => other.RunAsync("RETURN 1"));
        await transaction.RollbackAsync();
        Assert.Equal(1L, (await (await other.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);
    }

    [Fact]
    public async Task ConcurrentSessionsShareThePool()
    {
        await using var driver = Neo4jFixture.CreateDriver(o => o.MaxConnectionPoolSize = 4);
        var sums = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            await using var session = driver.Session();
            var record = await (await session.RunAsync("UNWIND range(1, $n) AS x RETURN sum(x) AS s", new Dictionary<string, object?> { ["n"] = 100 + i })).SingleAsync();
            return record.Get<long>("s");
        }));
        Assert.Equal(Enumerable.Range(0, 16).Select(i => (long)(100 + i) * (101 + i) / 2), sums);
    }
}
