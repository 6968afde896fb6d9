using KnowledgeGraph.Bolt.Internal.Messaging;
using static KnowledgeGraph.Bolt.Tests.Stub.StubScripts;

namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>
/// Bolt 5.7, 5.8 and 6.0 as scripted stub servers play them (no such server runs here): the handshake manifest v1,
/// GQL status objects in FAILURE, the database resolved in BEGIN's and RUN's SUCCESS, Vector and UnsupportedType values.
/// </summary>
public class Bolt57To60StubTests
{
    private static readonly byte[] ManifestRequest = [0x00, 0x00, 0x01, 0xFF];

    [Theory]
    [InlineData(5, 7)]
    [InlineData(5, 8)]
    [InlineData(6, 0)]
    public async Task ManifestServerIsAnsweredWithTheBestVersionItOffers(int major, int minor)
    {
        var version = new BoltProtocolVersion(major, minor);
        await using var server = new ScriptedBoltStubServer(version)
        {
            // Like a 2025.x server: 6.0, 5.8 down to 5.0 (one range), 4.4 down to 4.2; one newer version this client lacks.
            ManifestOffer = major == 6
                ? [[0, 0, 1, 7], [0, 0, 0, 6], [0, 8, 8, 5], [0, 2, 4, 4]]
                : [[0, (byte)minor, (byte)minor, 5], [0, 2, 4, 4]],
        }.ExpectLogin().Start();
        await using (var driver = server.Driver())
            Assert.Equal(version, (await driver.GetServerInfoAsync()).ProtocolVersion);
        Assert.Empty(await server.FinishAsync());
        Assert.Equal(version, server.ChosenByManifest);
        Assert.Equal(ManifestRequest, server.Proposals[0][..4]);
    }

    [Fact]
    public async Task ServerWithoutManifestStillPicksFromTheOtherSlots()
    {
        await using var server = new ScriptedBoltStubServer(new(5, 4)).ExpectLogin().Start();
        await using (var driver = server.Driver())
            Assert.Equal(new BoltProtocolVersion(5, 4), (await driver.GetServerInfoAsync()).ProtocolVersion);
        Assert.Empty(await server.FinishAsync());
        Assert.Null(server.ChosenByManifest);
    }

    [Fact]
    public async Task Bolt3ServerIsReachedWithASecondHandshake()
    {
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V3).ExpectLogin().Start();
        await using (var driver = server.Driver())
            Assert.Equal(BoltProtocolVersion.V3, (await driver.GetServerInfoAsync()).ProtocolVersion);
        Assert.Empty(await server.FinishAsync());
        Assert.Equal(2, server.Proposals.Count);
        Assert.Equal("00000003000000000000000000000000", Convert.ToHexString(server.Proposals[1]));
    }

    [Theory]
    [InlineData(5, 7)]
    [InlineData(6, 0)]
    public async Task GqlFailureIsReadWithItsCauseAndClassification(int major, int minor)
    {
        var cause = ScriptedBoltStubServer.GqlFailure(null, "a cause", "22N27");
        await using var server = new ScriptedBoltStubServer(new(major, minor)).ExpectLogin()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Send(0x7F, ScriptedBoltStubServer.GqlFailure("Neo.ClientError.Statement.SyntaxError", "wording that may change", "42001", cause))
            .Ignored().Expect(MessageSignature.Reset).Success()
            .Start();
        await using (var driver = server.Driver())
        await using (var session = driver.Session())
        {
            var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN"));
            Assert.Equal(("Neo.ClientError.Statement.SyntaxError", "42001", "CLIENT_ERROR"), (error.Code, error.GqlStatus, error.Gql!.Classification));
            Assert.Equal(["42001", "22N27"], error.Gql.Chain().Select(g => g.GqlStatus));
            Assert.Equal("error: 42001", error.Gql.Description);
        }
        Assert.Empty(await server.FinishAsync());
    }

    [Theory]
    [InlineData("TRANSIENT_ERROR", typeof(TransientException), true)]
    [InlineData("CLIENT_ERROR", typeof(ClientException), false)]
    [InlineData("DATABASE_ERROR", typeof(DatabaseException), false)]
    public async Task Bolt60ErrorsAreClassifiedByTheGqlObjectNotTheMessage(string classification, Type expected, bool retryable)
    {
        // The Neo4j code says "DatabaseError"; the classification of the GQL object decides.
        var failure = ScriptedBoltStubServer.GqlFailure("Neo.DatabaseError.General.UnknownError", "Neo.TransientError in the text means nothing", "50N00");
        ((Dictionary<string, object?>)failure["diagnostic_record"]!)["_classification"] = classification;
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V6_0).ExpectLogin()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Send(0x7F, failure).Ignored().Expect(MessageSignature.Reset).Success()
            .Start();
        await using (var driver = server.Driver())
        await using (var session = driver.Session())
        {
            var error = await Assert.ThrowsAnyAsync<BoltException>(() => session.RunAsync("RETURN 1"));
            Assert.Equal((expected, retryable), (error.GetType(), error.IsRetryable));
        }
        Assert.Empty(await server.FinishAsync());
    }

    [Fact]
    public async Task GqlFailureWithoutCodeOrClassificationFallsBackOnTheStatusClass()
    {
        var failure = ScriptedBoltStubServer.GqlFailure(null, "m", "22G03");
        ((Dictionary<string, object?>)failure["diagnostic_record"]!).Remove("_classification");
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V6_0).ExpectLogin()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Send(0x7F, failure).Ignored().Expect(MessageSignature.Reset).Success()
            .Start();
        await using (var driver = server.Driver())
        await using (var session = driver.Session())
            Assert.Equal("22G03", (await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1"))).GqlStatus);
        Assert.Empty(await server.FinishAsync());
    }

    [Fact]
    public async Task Bolt58ResolvedHomeDatabaseIsKeptByTheSession()
    {
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V5_8).ExpectLogin()
            .Expect(MessageSignature.Begin, f => Assert.False(((IReadOnlyDictionary<string, object?>)f[0]!).ContainsKey("db")))
            .Success(new() { ["db"] = "movies" })
            .Expect(MessageSignature.Commit).Success(new() { ["bookmark"] = "bm:1" })
            .Expect(MessageSignature.Run, f => Assert.Equal("movies", ((IReadOnlyDictionary<string, object?>)f[2]!)["db"]))
            .Expect(MessageSignature.Pull)
            .Success(new() { ["fields"] = new List<object?> { "x" }, ["db"] = "movies" }).Record(1L).Success()
            .Start();
        await using (var driver = server.Driver())
        await using (var session = (BoltSession)driver.Session())
        {
            await session.ExecuteWriteAsync((_, _) => Task.FromResult(0));
            Assert.Equal("movies", session.Database);
            var result = await session.RunAsync("RETURN 1 AS x");
            await result.ConsumeAsync();
            Assert.Equal("movies", result.Database);
        }
        Assert.Empty(await server.FinishAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ServerSideRoutingHintIsSurfaced(bool enabled)
    {
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V5_8)
            .Expect(MessageSignature.Hello).Expect(MessageSignature.Logon)
            .Success(new() { ["server"] = Agent, ["hints"] = new Dictionary<string, object?> { ["ssr.enabled"] = enabled } }).Success()
            .Start();
        await using (var driver = server.Driver())
            Assert.Equal(enabled, (await driver.GetServerInfoAsync()).ServerSideRouting);
        Assert.Empty(await server.FinishAsync());
    }

    [Fact]
    public async Task Bolt60SurfacesVectorsAndUnsupportedTypesAndSendsVectors()
    {
        var unsupported = new UnsupportedTypeStub("FUTURE_TYPE", 6, 5, "needs Bolt 6.5");
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V6_0).ExpectLogin()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Success(Fields("v", "u")).Record(new Vector(new float[] { 1.5f, -2f }), unsupported).Success()
            .Start();
        await using (var driver = server.Driver())
        await using (var session = driver.Session())
        {
            var record = await (await session.RunAsync("RETURN $p AS v, x AS u", new Dictionary<string, object?> { ["p"] = new Vector(new int[] { 1, 2 }) })).SingleAsync();
            Assert.Equal(new Vector(new float[] { 1.5f, -2f }), record["v"]);
            Assert.Equal(new UnsupportedType("FUTURE_TYPE", new BoltProtocolVersion(6, 5), "needs Bolt 6.5"), record["u"]);
        }
        Assert.Empty(await server.FinishAsync());
        Assert.Contains("B256CC01CACC080000000100000002", server.Received.First(m => m.Signature == MessageSignature.Run).Hex, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VectorsAreRefusedBeforeBolt60()
    {
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V5_8).ExpectLogin().Start();
        await using (var driver = server.Driver())
        await using (var session = driver.Session())
            await Assert.ThrowsAsync<ClientException>(() =>
                session.RunAsync("RETURN $p", new Dictionary<string, object?> { ["p"] = new Vector(new double[] { 1 }) }));
        Assert.Empty(await server.FinishAsync());
    }
}
