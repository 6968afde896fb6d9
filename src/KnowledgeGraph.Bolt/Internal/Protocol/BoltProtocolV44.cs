using KnowledgeGraph.Bolt.Internal.Connector;
using KnowledgeGraph.Bolt.Internal.IO;
using KnowledgeGraph.Bolt.Internal.Messaging;

namespace KnowledgeGraph.Bolt.Internal.Protocol;

/// <summary>Bolt 4.4: PULL/DISCARD with n (has_more), database selection, and the "utc" date-time patch asked in HELLO.</summary>
internal class BoltProtocolV44 : BoltProtocolV3
{
    private static readonly string[] UtcPatch = ["utc"];

    public override BoltProtocolVersion Version => BoltProtocolVersion.V4_4;

    public override bool PullsInBatches => true;

    public override IRequestMessage PullMore(long fetchSize) => PullMessage.Pull(fetchSize);

    public override IRequestMessage DiscardRest() => PullMessage.Discard(-1);

    protected override Dictionary<string, object?> HelloExtra(string userAgent)
    {
        var extra = base.HelloExtra(userAgent);
        extra["patch_bolt"] = UtcPatch;
        return extra;
    }

    protected override void OnHelloSuccess(BoltConnection connection, SuccessMessage success)
    {
        var patches = success.Metadata.GetValueOrDefault("patch_bolt") as IReadOnlyList<object?>;
        if (patches?.Contains("utc") == true) connection.SetFormat(PackStreamFormat.Utc);
    }

    protected override IRequestMessage FirstPull(long fetchSize) => PullMessage.Pull(fetchSize);

    protected override Dictionary<string, object?> TransactionExtra(TransactionContext context)
    {
        var extra = base.TransactionExtra(context with { Database = null });
        if (context.Database is not null) extra["db"] = context.Database;
        return extra;
    }
}
