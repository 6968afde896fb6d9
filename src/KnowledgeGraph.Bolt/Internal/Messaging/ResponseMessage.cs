namespace KnowledgeGraph.Bolt.Internal.Messaging;

/// <summary>A server message.</summary>
internal abstract record ResponseMessage;

/// <summary>SUCCESS {metadata}.</summary>
internal sealed record SuccessMessage(IReadOnlyDictionary<string, object?> Metadata) : ResponseMessage
{
    public bool HasMore => Metadata.TryGetValue("has_more", out var value) && value is true;

    public string? GetString(string key) => Metadata.TryGetValue(key, out var value) ? value as string : null;
}

/// <summary>RECORD [fields].</summary>
internal sealed record RecordMessage(object?[] Fields) : ResponseMessage;

/// <summary>FAILURE {code, message} (Bolt 5.7+ names the code <c>neo4j_code</c>).</summary>
internal sealed record FailureMessage(string Code, string Message) : ResponseMessage;

/// <summary>IGNORED: the request was skipped because an earlier one failed.</summary>
internal sealed record IgnoredMessage : ResponseMessage
{
    public static readonly IgnoredMessage Instance = new();
}
