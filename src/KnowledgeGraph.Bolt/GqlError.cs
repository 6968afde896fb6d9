namespace KnowledgeGraph.Bolt;

/// <summary>
/// The GQL status object of a FAILURE (Bolt 5.7+): the five-character GQLSTATUS (e.g. <c>42001</c>), its description,
/// the diagnostic record (<c>_classification</c>, <c>_position</c>, …) and the cause, itself a GQL status object.
/// From Bolt 6.0 the message text is not stable: classify errors by <see cref="GqlStatus"/> and <see cref="Classification"/>.
/// </summary>
public sealed record GqlError(
    string GqlStatus,
    string Description,
    string Message,
    string? Neo4jCode,
    IReadOnlyDictionary<string, object?> DiagnosticRecord,
    GqlError? Cause)
{
    private const int MaxCauseDepth = 32;

    /// <summary><c>CLIENT_ERROR</c>, <c>TRANSIENT_ERROR</c> or <c>DATABASE_ERROR</c> from the diagnostic record, when the server sent it.</summary>
    public string? Classification => DiagnosticRecord.GetValueOrDefault("_classification") as string;

    /// <summary>The GQLSTATUS class: its first two characters (<c>42</c> syntax/access, <c>22</c> data, <c>08</c> connection, …).</summary>
    public string StatusClass => GqlStatus.Length >= 2 ? GqlStatus[..2] : GqlStatus;

    /// <summary>The classic code to use when the server sent none: derived from the classification.</summary>
    internal string? NeoCodeFallback => Classification switch
    {
        "CLIENT_ERROR" => "Neo.ClientError.General.UnknownError",
        "TRANSIENT_ERROR" => "Neo.TransientError.General.UnknownError",
        "DATABASE_ERROR" => "Neo.DatabaseError.General.UnknownError",
        _ => null,
    };

    internal static GqlError? FromMetadata(IReadOnlyDictionary<string, object?> metadata, int depth = 0)
    {
        if (metadata.GetValueOrDefault("gql_status") is not string status) return null;
        var cause = depth < MaxCauseDepth && metadata.GetValueOrDefault("cause") is IReadOnlyDictionary<string, object?> nested
            ? FromMetadata(nested, depth + 1)
            : null;
        return new GqlError(
            status,
            metadata.GetValueOrDefault("description") as string ?? "",
            metadata.GetValueOrDefault("message") as string ?? "",
            metadata.GetValueOrDefault("neo4j_code") as string,
            metadata.GetValueOrDefault("diagnostic_record") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(),
            cause);
    }

    /// <summary>This object and its causes, outermost first.</summary>
    public IEnumerable<GqlError> Chain()
    {
        for (var error = this; error is not null; error = error.Cause) yield return error;
    }
}
