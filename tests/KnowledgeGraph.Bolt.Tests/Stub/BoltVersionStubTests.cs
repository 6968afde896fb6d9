using KnowledgeGraph.Bolt.Internal.Messaging;
using static KnowledgeGraph.Bolt.Tests.Stub.StubScripts;

namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>Exchanges of Bolt 3, 4.4 and 5.x, played by a scripted stub server (no such server runs here).</summary>
public class BoltVersionStubTests
{
    public static TheoryData<int, int> ModernVersions => new() { { 3, 0 }, { 4, 4 }, { 5, 0 }, { 5, 1 }, { 5, 3 }, { 5, 8 } };

    public static TheoryData<int, int> BatchingVersions => new() { { 4, 4 }, { 5, 0 }, { 5, 4 }, { 5, 8 } };

    [Theory]
    [MemberData(nameof(ModernVersions))]
    public async Task LogsInAsTheVersionRequires(int major, int minor)
    {
        await using var server = new ScriptedBoltStubServer(new(major, minor)).ExpectLogin().Start();
        await using (var driver = server.Driver())
        {
            var info = await driver.GetServerInfoAsync();
            Assert.Equal((Agent, new BoltProtocolVersion(major, minor)), (info.Agent, info.ProtocolVersion));
        }
        Assert.Empty(await server.FinishAsync());
        var hello = server.Received[0].Map(0);
        Assert.Equal(major == 4, hello.ContainsKey("patch_bolt"));
        Assert.Equal(major == 5 && minor >= 3, hello.ContainsKey("bolt_agent"));
    }

    [Theory]
    [MemberData(nameof(BatchingVersions))]
    public async Task PullsInBatchesWhileHasMore(int major, int minor)
    {
        await using var server = new ScriptedBoltStubServer(new(major, minor)).ExpectLogin()
            .Expect(MessageSignature.Run, f => Assert.Equal("UNWIND range(1, 3) AS i RETURN i", f[0]))
            .Expect(MessageSignature.Pull, f => Assert.Equal(2L, ((IReadOnlyDictionary<string, object?>)f[0]!)["n"]))
            .Success(Fields("i")).Record(1L).Record(2L).Success(new() { ["has_more"] = true })
            .Expect(MessageSignature.Pull, f => Assert.Equal(2L, ((IReadOnlyDictionary<string, object?>)f[0]!)["n"]))
            .Record(3L).Success(new() { ["bookmark"] = "bm:1", ["type"] = "r" })
            .Start();
        await using (var driver = server.Driver(fetchSize: 2))
        await using (var session = driver.Session())
        {
            var records = await (await session.RunAsync("UNWIND range(1, 3) AS i RETURN i")).ToListAsync();
            Assert.Equal([1L, 2L, 3L], records.Select(r => r["i"]));
            Assert.Equal(["bm:1"], session.LastBookmarks);
        }
        Assert.Empty(await server.FinishAsync());
    }

    [Theory]
    [MemberData(nameof(BatchingVersions))]
    public async Task ConsumeDiscardsTheRestWithDiscard(int major, int minor)
    {
        await using var server = new ScriptedBoltStubServer(new(major, minor)).ExpectLogin()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Success(Fields("i")).Record(1L).Success(new() { ["has_more"] = true })
            .Expect(MessageSignature.Discard, f => Assert.Equal(-1L, ((IReadOnlyDictionary<string, object?>)f[0]!)["n"]))
            .Success(new() { ["type"] = "r" })
            .Start();
        await using (var driver = server.Driver(fetchSize: 1))
        await using (var session = driver.Session())
            Assert.Equal("r", (await (await session.RunAsync("RETURN 1")).ConsumeAsync()).QueryType);
        Assert.Empty(await server.FinishAsync());
    }

    [Theory]
    [MemberData(nameof(ModernVersions))]
    public async Task FailureIsTypedAndResetKeepsTheConnection(int major, int minor)
    {
        await using var server = new ScriptedBoltStubServer(new(major, minor)).ExpectLogin()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Failure("Neo.ClientError.Statement.SyntaxError", "bad query").Ignored()
            .Expect(MessageSignature.Reset).Success()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Success(Fields("x")).Record(1L).Success()
            .Start();
        await using (var driver = server.Driver())
        await using (var session = driver.Session())
        {
            var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN"));
            Assert.Equal(("Neo.ClientError.Statement.SyntaxError", "bad query"), (error.Code, error.Message));
            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);
        }
        Assert.Empty(await server.FinishAsync());
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(5, 0)]
    [InlineData(5, 8)]
    public async Task TransactionCarriesBookmarksDatabaseTimeoutAndMetadata(int major, int minor)
    {
        await using var server = new ScriptedBoltStubServer(new(major, minor)).ExpectLogin()
            .Expect(MessageSignature.Begin, f =>
            {
                var extra = (IReadOnlyDictionary<string, object?>)f[0]!;
                Assert.Equal(("movies", 1500L, "r"), (extra["db"], extra["tx_timeout"], extra["mode"]));
                Assert.Equal(new object?[] { "bm:0" }, extra["bookmarks"]);
                Assert.Equal("test", ((IReadOnlyDictionary<string, object?>)extra["tx_metadata"]!)["app"]);
            })
            .Success()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Success(new() { ["fields"] = new List<object?> { "n" }, ["qid"] = 0L }).Record(5L).Success()
            .Expect(MessageSignature.Commit).Success(new() { ["bookmark"] = "bm:2" })
            .Start();
        await using (var driver = server.Driver())
        await using (var session = driver.Session(new SessionOptions { Database = "movies", Bookmarks = ["bm:0"] }))
        {
            var value = await session.ExecuteReadAsync(async (tx, ct) =>
                (await (await tx.RunAsync("RETURN 5 AS n", cancellationToken: ct)).SingleAsync(ct)).Get<long>("n"),
                new TransactionOptions { Timeout = TimeSpan.FromMilliseconds(1500), Metadata = new Dictionary<string, object?> { ["app"] = "test" } });
            Assert.Equal(5L, value);
            Assert.Equal(["bm:2"], session.LastBookmarks);
        }
        Assert.Empty(await server.FinishAsync());
    }

    [Fact]
    public async Task TransientFailureOnCommitIsRetried()
    {
        var version = BoltProtocolVersion.V5_0;
        await using var server = new ScriptedBoltStubServer(version).ExpectLogin()
            .Expect(MessageSignature.Begin).Success()
            .Expect(MessageSignature.Commit).Failure("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            .Expect(MessageSignature.Reset).Success()
            .Expect(MessageSignature.Begin).Success()
            .Expect(MessageSignature.Commit).Success(new() { ["bookmark"] = "bm:9" })
            .Start();
        var attempts = 0;
        await using (var driver = server.Driver())
        await using (var session = driver.Session())
            Assert.Equal(2, await session.ExecuteWriteAsync((_, _) => Task.FromResult(++attempts)));
        Assert.Empty(await server.FinishAsync());
    }

    [Fact]
    public async Task Bolt57FailureCodeIsRead()
    {
        await using var server = new ScriptedBoltStubServer(new(5, 7)).ExpectLogin()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Send(0x7F, new Dictionary<string, object?> { ["neo4j_code"] = "Neo.DatabaseError.General.UnknownError", ["message"] = "boom", ["gql_status"] = "50N42" })
            .Ignored().Expect(MessageSignature.Reset).Success()
            .Start();
        await using (var driver = server.Driver())
        await using (var session = driver.Session())
            Assert.Equal("Neo.DatabaseError.General.UnknownError", (await Assert.ThrowsAsync<DatabaseException>(() => session.RunAsync("RETURN 1"))).Code);
        Assert.Empty(await server.FinishAsync());
    }

    [Fact]
    public async Task Bolt5DecodesElementIdsAndSendsUtcDateTimes()
    {
        var node = new Node(1, "4:abc:1", ["Person"], new Dictionary<string, object?> { ["name"] = "Ada" });
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V5_0).ExpectLogin()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Success(Fields("n")).Record(node).Success()
            .Start();
        await using (var driver = server.Driver())
        await using (var session = driver.Session())
        {
            var record = await (await session.RunAsync("RETURN $t", new Dictionary<string, object?> { ["t"] = new DateTimeOffset(1970, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)) })).SingleAsync();
            Assert.Equal("4:abc:1", record.Get<Node>("n").ElementId);
        }
        Assert.Empty(await server.FinishAsync());
        Assert.Contains("B3490000C90E10", server.Received.First(m => m.Signature == MessageSignature.Run).Hex, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "B3490000C90E10")]
    [InlineData(false, "B346C90E1000C90E10")]
    public async Task Bolt44UsesUtcDateTimesOnlyWhenThePatchIsAccepted(bool accepted, string expectedHex)
    {
        var hello = new Dictionary<string, object?> { ["server"] = Agent };
        if (accepted) hello["patch_bolt"] = new List<object?> { "utc" };
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V4_4)
            .Expect(MessageSignature.Hello).Success(hello)
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull).Success(Fields()).Success()
            .Start();
        await using (var driver = server.Driver())
        await using (var session = driver.Session())
            await (await session.RunAsync("RETURN $t", new Dictionary<string, object?> { ["t"] = new DateTimeOffset(1970, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)) })).ConsumeAsync();
        Assert.Empty(await server.FinishAsync());
        Assert.Contains(expectedHex, server.Received.First(m => m.Signature == MessageSignature.Run).Hex, StringComparison.Ordinal);
    }
}
