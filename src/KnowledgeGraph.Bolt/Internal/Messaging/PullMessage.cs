using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Internal.Messaging;

/// <summary>PULL (4.0+) and DISCARD (4.0+): <c>n</c> records (-1 for all) of query <c>qid</c> (-1: the last one).</summary>
internal sealed class PullMessage(byte signature, long n, long qid) : IRequestMessage
{
    public static PullMessage Pull(long n, long qid = -1) => new(MessageSignature.Pull, n, qid);

    public static PullMessage Discard(long n, long qid = -1) => new(MessageSignature.Discard, n, qid);

    public void WriteTo(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, signature);
        writer.WriteMapHeader(qid == -1 ? 1 : 2);
        writer.WriteString("n");
        writer.WriteInteger(n);
        if (qid == -1) return;
        writer.WriteString("qid");
        writer.WriteInteger(qid);
    }

    public override string ToString() => $"{(signature == MessageSignature.Pull ? "PULL" : "DISCARD")} {{n: {n}}}";
}
