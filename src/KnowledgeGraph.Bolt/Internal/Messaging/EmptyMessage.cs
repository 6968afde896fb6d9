using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Internal.Messaging;

/// <summary>The messages without fields: COMMIT, ROLLBACK, RESET, ACK_FAILURE, GOODBYE, PULL_ALL, DISCARD_ALL.</summary>
internal sealed class EmptyMessage : IRequestMessage
{
    public static readonly EmptyMessage Commit = new(MessageSignature.Commit, "COMMIT");
    public static readonly EmptyMessage Rollback = new(MessageSignature.Rollback, "ROLLBACK");
    public static readonly EmptyMessage Reset = new(MessageSignature.Reset, "RESET");
    public static readonly EmptyMessage AckFailure = new(MessageSignature.AckFailure, "ACK_FAILURE");
    public static readonly EmptyMessage Goodbye = new(MessageSignature.Goodbye, "GOODBYE");
    public static readonly EmptyMessage PullAll = new(MessageSignature.Pull, "PULL_ALL");
    public static readonly EmptyMessage DiscardAll = new(MessageSignature.Discard, "DISCARD_ALL");

    private readonly byte _signature;
    private readonly string _name;

    private EmptyMessage(byte signature, string name) => (_signature, _name) = (signature, name);

    public void WriteTo(PackStreamWriter writer) => writer.WriteStructHeader(0, _signature);

    public override string ToString() => _name;
}
