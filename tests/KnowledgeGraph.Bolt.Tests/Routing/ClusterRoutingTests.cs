using KnowledgeGraph.Bolt.Internal.Routing;

namespace KnowledgeGraph.Bolt.Tests.Routing;

/// <summary>
/// The routing driver (neo4j://) against a scripted three-member cluster on loopback sockets: reads on followers,
/// writes on the leader, home database resolution, TTL expiry, failover from a dead router or reader, a leader change
/// in the middle of a write load, a member that refuses writes, and read-your-writes through bookmarks across drivers.
/// </summary>
public class ClusterRoutingTests
{
    private static BoltDriver Driver(ScriptedCluster cluster, int seed = 0, string query = "") =>
        BoltDriver.Create(cluster.Uri(seed, query), AuthToken.Basic("neo4j", "secret"), o =>
        {
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(10);
            o.MaxTransactionRetryTime = TimeSpan.FromSeconds(10);
            o.ConnectionTimeout = TimeSpan.FromSeconds(2);
        });

    private static Task<(string Member, long Applied)> ReadAsync(IBoltSession session) =>
        session.ExecuteReadAsync(async tx => Row(await (await tx.RunAsync("READ")).SingleAsync()));

    private static Task<(string Member, long Applied)> WriteAsync(IBoltSession session) =>
        session.ExecuteWriteAsync(async tx => Row(await (await tx.RunAsync("WRITE")).SingleAsync()));

    private static (string, long) Row(BoltRecord record) => (record.Get<string>("member"), record.Get<long>("applied"));

    [Fact]
    public async Task ReadsGoToFollowersAndWritesToTheLeader()
    {
        await using var cluster = new ScriptedCluster();
        await using (var driver = Driver(cluster, query: "?region=eu&policy=fast"))
        await using (var session = driver.Session())
        {
            Assert.Equal("member0", (await WriteAsync(session)).Member);
            var readers = new HashSet<string>();
            for (var i = 0; i < 6; i++) readers.Add((await ReadAsync(session)).Member);
            Assert.Equal(["member1", "member2"], readers.Order());
            Assert.Equal("neo4j", ((BoltSession)session).Database); // the home database, resolved by ROUTE with db null
        }
        Assert.Equal(1, cluster.Members[0].Writes);
        Assert.Equal(0, cluster.Members[0].Reads);
        var route = cluster.Members.SelectMany(m => m.Received).First(m => (byte)m[0]! == 0x66);
        Assert.Equal(new Dictionary<string, object?> { ["address"] = cluster.Members[0].Address, ["region"] = "eu", ["policy"] = "fast" }, route[1]);
        Assert.False(((IReadOnlyDictionary<string, object?>)route[3]!).ContainsKey("db"));
        Assert.All(cluster.Members.SelectMany(m => m.Hellos), hello => Assert.Equal(cluster.Members[0].Address, ((IReadOnlyDictionary<string, object?>)hello["routing"]!)["address"]));
        var begins = cluster.Members.SelectMany(m => m.Received).Where(m => (byte)m[0]! == 0x11).Select(m => (IReadOnlyDictionary<string, object?>)m[1]!).ToList();
        Assert.All(begins, b => Assert.Equal("neo4j", b["db"]));
    }

    [Fact]
    public async Task ReadersAreBalancedByConnectionsInUse()
    {
        await using var cluster = new ScriptedCluster();
        await using var driver = Driver(cluster);
        await using (var session = driver.Session()) await ReadAsync(session);
        // Hold a transaction open on one follower: the next reads go to the other one.
        await using var holder = driver.Session(new SessionOptions { DefaultAccessMode = AccessMode.Read });
        await using var open = await holder.BeginTransactionAsync();
        var busy = (await (await open.RunAsync("READ")).SingleAsync()).Get<string>("member");
        for (var i = 0; i < 4; i++)
        {
            await using var session = driver.Session();
            Assert.NotEqual(busy, (await ReadAsync(session)).Member);
        }
    }

    [Fact]
    public async Task RoutingTableIsFetchedAgainOnlyAfterItsTtl()
    {
        await using var cluster = new ScriptedCluster { Ttl = 1 };
        await using var driver = Driver(cluster);
        await using (var session = driver.Session())
        {
            await ReadAsync(session);
            await ReadAsync(session);
        }
        var before = cluster.Members.Sum(m => m.RouteRequests);
        Assert.Equal(1, before);
        await Task.Delay(TimeSpan.FromMilliseconds(1300));
        await using (var session = driver.Session()) await ReadAsync(session);
        Assert.Equal(2, cluster.Members.Sum(m => m.RouteRequests));
    }

    [Fact]
    public async Task DeadSeedRouterIsReplacedByAnotherRouter()
    {
        await using var cluster = new ScriptedCluster { Ttl = 1 };
        cluster.ElectLeader(1);
        await using var driver = Driver(cluster, seed: 0);
        await using (var session = driver.Session()) await WriteAsync(session);
        cluster.Members[0].Kill();
        await Task.Delay(TimeSpan.FromMilliseconds(1300)); // the table expires: the next work must ask a router
        await using (var session = driver.Session())
        {
            Assert.Equal("member1", (await WriteAsync(session)).Member);
            Assert.Equal("member2", (await ReadAsync(session)).Member);
        }
        Assert.True(cluster.Members[1].RouteRequests + cluster.Members[2].RouteRequests >= 1);
    }

    [Fact]
    public async Task DeadReaderIsForgottenAndReadsFailOver()
    {
        await using var cluster = new ScriptedCluster();
        await using var driver = Driver(cluster);
        await using (var session = driver.Session())
            for (var i = 0; i < 4; i++) await ReadAsync(session);
        cluster.Members[2].Kill();
        await using (var session = driver.Session())
            for (var i = 0; i < 6; i++) Assert.Equal("member1", (await ReadAsync(session)).Member);
        var table = ((RoutingConnectionProvider)driver.Connections).TableOf("neo4j")!;
        Assert.DoesNotContain(cluster.Members[2].Address, table.Readers);
    }

    [Fact]
    public async Task LeaderChangeMidLoadIsFollowedWithoutLosingAWrite()
    {
        await using var cluster = new ScriptedCluster();
        await using var driver = Driver(cluster);
        var writers = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            if (i == 7) cluster.ElectLeader(2); // member0 answers NotALeader from now on
            await using var session = driver.Session();
            writers.Add((await WriteAsync(session)).Member);
        }
        Assert.Equal(20, cluster.CommittedWrites);
        Assert.Equal(Enumerable.Repeat("member0", 7).Concat(Enumerable.Repeat("member2", 13)), writers);
        var table = ((RoutingConnectionProvider)driver.Connections).TableOf("neo4j")!;
        Assert.Equal([cluster.Members[2].Address], table.Writers);
    }

    [Fact]
    public async Task ConcurrentWriteLoadSurvivesALeaderChange()
    {
        await using var cluster = new ScriptedCluster();
        await using var driver = Driver(cluster);
        var done = 0;
        var load = Enumerable.Range(0, 8).Select(async _ =>
        {
            for (var i = 0; i < 10; i++)
            {
                await using var session = driver.Session();
                await WriteAsync(session);
                if (Interlocked.Increment(ref done) == 30) cluster.ElectLeader(1);
            }
        });
        await Task.WhenAll(load);
        Assert.Equal(80, cluster.CommittedWrites);
        Assert.True(cluster.Members[1].Writes > 0);
    }

    [Fact]
    public async Task MemberThatRefusesWritesIsForgottenAsWriter()
    {
        await using var cluster = new ScriptedCluster();
        cluster.Members[1].RefusesWrites = true;
        cluster.WritersOverride = [cluster.Members[1]]; // a stale view: member1 is listed as the writer
        await using var driver = Driver(cluster);
        await using (var session = driver.Session()) await ReadAsync(session);
        cluster.WritersOverride = null; // the next table names the real leader
        await using (var session = driver.Session())
            Assert.Equal("member0", (await WriteAsync(session)).Member);
        Assert.Equal(0, cluster.Members[1].Writes);
        Assert.Contains(cluster.Members[1].Received, m => (byte)m[0]! == 0x10 && (string)m[1]! == "WRITE");
    }

    [Fact]
    public async Task BookmarksLetAnotherDriverReadItsOwnWrites()
    {
        await using var cluster = new ScriptedCluster();
        await using var first = Driver(cluster, seed: 0);
        await using var second = Driver(cluster, seed: 2); // another API instance, seeded with another member
        IReadOnlyList<string> bookmarks;
        await using (var session = first.Session())
        {
            await WriteAsync(session);
            bookmarks = session.LastBookmarks;
        }
        Assert.Equal(["bm:1"], bookmarks);
        await using (var stale = second.Session()) Assert.Equal(0, (await ReadAsync(stale)).Applied); // a lagging follower
        await using (var session = second.Session(new SessionOptions { Bookmarks = bookmarks }))
        {
            var (member, applied) = await ReadAsync(session);
            Assert.NotEqual("member0", member);
            Assert.Equal(1, applied);
        }
        var begins = cluster.Members.SelectMany(m => m.Received).Where(m => (byte)m[0]! == 0x11).Select(m => (IReadOnlyDictionary<string, object?>)m[1]!);
        Assert.Contains(begins, extra => extra.GetValueOrDefault("bookmarks") is IReadOnlyList<object?> sent && sent.SequenceEqual(["bm:1"]));
    }

    [Fact]
    public async Task FirstRouteCarriesTheSessionBookmarks()
    {
        await using var cluster = new ScriptedCluster();
        await using var driver = Driver(cluster);
        await using (var session = driver.Session(new SessionOptions { Bookmarks = ["bm:0"] })) await ReadAsync(session);
        var route = cluster.Members[0].Received.First(m => (byte)m[0]! == 0x66);
        Assert.Equal(new object?[] { "bm:0" }, route[2]);
    }

    [Fact]
    public async Task WholeClusterDownIsServiceUnavailable()
    {
        await using var cluster = new ScriptedCluster();
        await using var driver = BoltDriver.Create(cluster.Uri(), AuthToken.Basic("neo4j", "secret"), o =>
        {
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(10);
            o.MaxTransactionRetryTime = TimeSpan.FromMilliseconds(300);
            o.ConnectionTimeout = TimeSpan.FromSeconds(1);
        });
        foreach (var member in cluster.Members) member.Kill();
        await using var session = driver.Session();
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => ReadAsync(session));
    }
}
