using System.Runtime.InteropServices;
using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.IO;
using KnowledgeGraph.Bolt.Internal.Messaging;

namespace KnowledgeGraph.Bolt.Internal.Protocol;

/// <summary>Bolt 5.x: element ids and UTC date-times always; from 5.1 auth moves from HELLO to LOGON; from 5.3 HELLO carries bolt_agent.</summary>
internal sealed class BoltProtocolV5(BoltProtocolVersion version) : BoltProtocolV44
{
    public override BoltProtocolVersion Version => version;

    public override PackStreamFormat Format => PackStreamFormat.V5;

    public override async Task<string> InitializeAsync(BoltConnection connection, string userAgent, AuthToken auth, CancellationToken cancellationToken)
    {
        if (version < BoltProtocolVersion.V5_1) return await base.InitializeAsync(connection, userAgent, auth, cancellationToken).ConfigureAwait(false);

        connection.Enqueue(new HelloMessage(HelloExtra(userAgent)));
        connection.Enqueue(new LogonMessage(auth.Entries));
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var hello = await connection.ReadSuccessAsync(inTransaction: false, cancellationToken).ConfigureAwait(false);
        await connection.ReadSuccessAsync(inTransaction: false, cancellationToken).ConfigureAwait(false);
        return hello.GetString("server") ?? "Neo4j/unknown";
    }

    protected override Dictionary<string, object?> HelloExtra(string userAgent)
    {
        var extra = new Dictionary<string, object?> { ["user_agent"] = userAgent };
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
