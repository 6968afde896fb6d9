using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Internal.Messaging;

/// <summary>Decodes one server message from PackStream.</summary>
internal static class ResponseMessageReader
{
    public static ResponseMessage Read(PackStreamReader reader)
    {
        var fields = reader.ReadStructHeader(out var signature);
        ResponseMessage message = signature switch
        {
            MessageSignature.Record when fields == 1 => new RecordMessage(reader.ReadValue<object?[]>("the fields of a RECORD")),
            MessageSignature.Success when fields == 1 => new SuccessMessage(reader.ReadMap()),
            MessageSignature.Failure when fields == 1 => ReadFailure(reader.ReadMap()),
            MessageSignature.Ignored when fields is 0 or 1 => ReadIgnored(reader, fields),
            _ => throw new ProtocolException($"Bolt: unexpected server message 0x{signature:X2} with {fields} fields."),
        };
        if (reader.HasRemaining) throw new ProtocolException("Bolt: trailing bytes after a server message.");
        return message;
    }

    private static IgnoredMessage ReadIgnored(PackStreamReader reader, int fields)
    {
        if (fields == 1) reader.Read();
        return IgnoredMessage.Instance;
    }

    private static FailureMessage ReadFailure(IReadOnlyDictionary<string, object?> metadata)
    {
        var gql = GqlError.FromMetadata(metadata);
        var code = (metadata.GetValueOrDefault("neo4j_code") ?? metadata.GetValueOrDefault("code")) as string;
        var message = metadata.GetValueOrDefault("message") as string ?? gql?.Description;
        return new FailureMessage(code ?? gql?.NeoCodeFallback ?? "Neo.DatabaseError.General.UnknownError", message ?? "The server reported a failure without a message.")
        {
            Gql = gql,
        };
    }
}
