using KnowledgeGraph.Bolt.Internal.Messaging;

namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>The connection opening each version's specification describes, as stub steps.</summary>
internal static class StubScripts
{
    public const string Agent = "Neo4j/5.99.0-stub";

    public static ScriptedBoltStubServer ExpectLogin(this ScriptedBoltStubServer server)
    {
        if (server.Version.Major == 1)
            return server.Expect(MessageSignature.Hello, f => Assert.Equal("basic", ((IReadOnlyDictionary<string, object?>)f[1]!)["scheme"]))
                .Success(new() { ["server"] = Agent });
        if (server.Version < BoltProtocolVersion.V5_1)
            return server.Expect(MessageSignature.Hello, f => Assert.Equal("secret", ((IReadOnlyDictionary<string, object?>)f[0]!)["credentials"]))
                .Success(new() { ["server"] = Agent, ["connection_id"] = "bolt-1" });
        return server
            .Expect(MessageSignature.Hello, f => Assert.False(((IReadOnlyDictionary<string, object?>)f[0]!).ContainsKey("credentials")))
            .Expect(MessageSignature.Logon, f => Assert.Equal("secret", ((IReadOnlyDictionary<string, object?>)f[0]!)["credentials"]))
            .Success(new() { ["server"] = Agent, ["connection_id"] = "bolt-1" })
            .Success();
    }

    public static BoltDriver Driver(this ScriptedBoltStubServer server, long fetchSize = 1000) =>
        BoltDriver.Create(server.Uri, AuthToken.Basic("neo4j", "secret"), o =>
        {
            o.FetchSize = fetchSize;
            o.InitialRetryDelay = TimeSpan.FromMilliseconds(10);
            o.MaxTransactionRetryTime = TimeSpan.FromSeconds(5);
        });

    public static Dictionary<string, object?> Fields(params string[] names) => new() { ["fields"] = names.ToList<object?>() };
}
