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

/// <summary>
/// FAILURE {code, message}; from Bolt 5.7 a GQL status object: {gql_status, description, message, neo4j_code,
/// diagnostic_record, cause} (the code is then named <c>neo4j_code</c>, and <c>cause</c> nests another such object).
/// </summary>
internal sealed record FailureMessage(string Code, string Message) : ResponseMessage
{
    public GqlError? Gql { get; init; }
}

/// <summary>IGNORED: the request was skipped because an earlier one failed.</summary>
internal sealed record IgnoredMessage : ResponseMessage
{
    public static readonly IgnoredMessage Instance = new();
}
