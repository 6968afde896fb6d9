using System.Runtime.InteropServices;
using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.IO;
using KnowledgeGraph.Bolt.Internal.Messaging;

namespace KnowledgeGraph.Bolt.Internal.Protocol;

/// <summary>
/// Bolt 5.x and 6.0: element ids and UTC date-times always; from 5.1 auth moves from HELLO to LOGON; from 5.3 HELLO
/// carries bolt_agent; 5.7 FAILUREs carry GQL status objects (read by the message reader for every version); 5.8 names
/// the resolved database in BEGIN's and RUN's SUCCESS; 6.0 adds the Vector and UnsupportedType structures.
/// </summary>
internal sealed class BoltProtocolV5(BoltProtocolVersion version) : BoltProtocolV44
{
    public override BoltProtocolVersion Version => version;

    public override PackStreamFormat Format => version.Major >= 6 ? PackStreamFormat.V6 : PackStreamFormat.V5;

    public override async Task<string> InitializeAsync(BoltConnection connection, string userAgent, AuthToken auth, IReadOnlyDictionary<string, object?>? routingContext, CancellationToken cancellationToken)
    {
        if (version < BoltProtocolVersion.V5_1) return await base.InitializeAsync(connection, userAgent, auth, routingContext, cancellationToken).ConfigureAwait(false);

        connection.Enqueue(new HelloMessage(HelloExtra(userAgent, routingContext)));
        connection.Enqueue(new LogonMessage(auth.Entries));
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var hello = await connection.ReadSuccessAsync(inTransaction: false, cancellationToken).ConfigureAwait(false);
        await connection.ReadSuccessAsync(inTransaction: false, cancellationToken).ConfigureAwait(false);
        RecordHints(connection, hello);
        return hello.GetString("server") ?? "Neo4j/unknown";
    }

    protected override Dictionary<string, object?> HelloExtra(string userAgent, IReadOnlyDictionary<string, object?>? routingContext)
    {
        var extra = new Dictionary<string, object?> { ["user_agent"] = userAgent };
        if (routingContext is not null) extra["routing"] = routingContext;
        if (version >= BoltProtocolVersion.V5_3)
        {
            extra["bolt_agent"] = new Dictionary<string, object?>
            {
                ["product"] = userAgent,
                ["platform"] = RuntimeInformation.OSDescription,
                ["language"] = $".NET/{Environment.Version}",
            };
        }
        return extra;
    }

    protected override void OnHelloSuccess(BoltConnection connection, SuccessMessage success)
    {
    }
}
