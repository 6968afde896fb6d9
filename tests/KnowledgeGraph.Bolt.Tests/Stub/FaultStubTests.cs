using KnowledgeGraph.Bolt.Internal.Messaging;
using static KnowledgeGraph.Bolt.Tests.Stub.StubScripts;

namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>Faults no real server shows on demand: each must surface as a typed exception, never a hang.</summary>
public class FaultStubTests
{
    [Fact]
    public async Task MalformedMessageIsAProtocolError()
    {
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V5_0).ExpectLogin()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .SendRaw([0x00, 0x03, 0xB1, 0x70, 0xC4, 0x00, 0x00])
            .Start();
        await using var driver = server.Driver();
        await using var session = driver.Session();
        await Assert.ThrowsAsync<ProtocolException>(() => session.RunAsync("RETURN 1")).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task UnexpectedMessageIsAProtocolError()
    {
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V5_0).ExpectLogin()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Success(Fields("x")).Send(0x66, "what")
            .Start();
        await using var driver = server.Driver();
        await using var session = driver.Session();
        var result = await session.RunAsync("RETURN 1");
        await Assert.ThrowsAsync<ProtocolException>(() => result.ToListAsync()).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ConnectionDroppedMidStreamIsServiceUnavailable()
    {
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V4_4).ExpectLogin()
            .Expect(MessageSignature.Run).Expect(MessageSignature.Pull)
            .Success(Fields("x")).Record(1L).Close()
            .Start();
        await using var driver = server.Driver();
        await using var session = driver.Session();
        var result = await session.RunAsync("RETURN 1");
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => result.ToListAsync()).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task MessageLargerThanOneChunkIsJoined()
    {
        var big = new string('z', 200_000);
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V5_0).ExpectLogin()
            .Expect(MessageSignature.Run, f => Assert.Equal(big, ((IReadOnlyDictionary<string, object?>)f[1]!)["p"]))
            .Expect(MessageSignature.Pull)
            .Success(Fields("x")).Record(big).Success()
            .Start();
        await using (var driver = server.Driver())
        await using (var session = driver.Session())
            Assert.Equal(big, (await (await session.RunAsync("RETURN $p AS x", new Dictionary<string, object?> { ["p"] = big })).SingleAsync())["x"]);
        Assert.Empty(await server.FinishAsync());
    }

    [Fact]
    public async Task VersionNobodyProposedIsRefused()
    {
        await using var server = new ScriptedBoltStubServer(new(4, 1)) { AnswersUnproposed = true }.Start();
        await using var driver = server.Driver();
        await Assert.ThrowsAsync<ProtocolException>(() => driver.VerifyConnectivityAsync()).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AuthFailureOnLogonIsAnAuthenticationError()
    {
        await using var server = new ScriptedBoltStubServer(BoltProtocolVersion.V5_1)
            .Expect(MessageSignature.Hello).Expect(MessageSignature.Logon)
            .Success(new() { ["server"] = Agent }).Failure("Neo.ClientError.Security.Unauthorized", "no")
            .Start();
        await using var driver = server.Driver();
        await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync()).WaitAsync(TimeSpan.FromSeconds(10));
    }
}
