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

    protected override Dictionary<string, object?> HelloExtra(string userAgent, IReadOnlyDictionary<string, object?>? routingContext)
    {
        var extra = base.HelloExtra(userAgent, routingContext);
        extra["patch_bolt"] = UtcPatch;
        if (routingContext is not null) extra["routing"] = routingContext;
        return extra;
    }

    public override bool SupportsRoute => true;

    public override async Task<IReadOnlyDictionary<string, object?>> RouteAsync(BoltConnection connection, IReadOnlyDictionary<string, object?> routingContext,
        IReadOnlyList<string> bookmarks, string? database, string? impersonatedUser, CancellationToken cancellationToken)
    {
        var extra = new Dictionary<string, object?>();
        if (database is not null) extra["db"] = database;
        if (impersonatedUser is not null) extra["imp_user"] = impersonatedUser;
        connection.Enqueue(new RouteMessage(routingContext, bookmarks, extra));
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var success = await connection.ReadSuccessAsync(inTransaction: false, cancellationToken).ConfigureAwait(false);
        return success.Metadata.GetValueOrDefault("rt") as IReadOnlyDictionary<string, object?>
            ?? throw new ProtocolException("Bolt: ROUTE succeeded without a routing table ('rt').");
    }

    protected override void OnHelloSuccess(BoltConnection connection, SuccessMessage success)
    {
        var patches = success.Metadata.GetValueOrDefault("patch_bolt") as IReadOnlyList<object?>;
        if (patches?.Contains("utc") == true) connection.SetFormat(PackStreamFormat.Utc);
    }

    protected override IRequestMessage FirstPull(long fetchSize) => PullMessage.Pull(fetchSize);

    protected override Dictionary<string, object?> TransactionExtra(TransactionContext context)
    {
        var extra = base.TransactionExtra(context with { Database = null, ImpersonatedUser = null });
        if (context.Database is not null) extra["db"] = context.Database;
        if (context.ImpersonatedUser is not null) extra["imp_user"] = context.ImpersonatedUser;
        return extra;
    }
}
