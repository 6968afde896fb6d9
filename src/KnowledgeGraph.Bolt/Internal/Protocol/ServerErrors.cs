using KnowledgeGraph.Bolt.Internal.Messaging;

namespace KnowledgeGraph.Bolt.Internal.Protocol;

/// <summary>
/// Maps a FAILURE to the typed exception. With a GQL status object (Bolt 5.7+) the classification comes from its
/// diagnostic record and GQLSTATUS, never from the message text (not stable from Bolt 6.0); the Neo4j code is used
/// when the server sent no classification (older servers, and <c>neo4j_code</c> next to the GQL status).
/// </summary>
internal static class ServerErrors
{
    /// <summary>Codes of a member that cannot take writes: the client forgets it as a writer and retries elsewhere.</summary>
    public static readonly IReadOnlySet<string> NotAWriterCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Neo.ClientError.Cluster.NotALeader",
        "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
    };

    public static BoltException ToException(FailureMessage failure)
    {
        var classification = failure.Gql is { Classification: null, Neo4jCode: null } gql ? ClassFromStatus(gql) : failure.Gql?.Classification;
        var error = ToException(failure.Code, failure.Message, classification);
        error.Gql = failure.Gql;
        return error;
    }

    public static BoltException ToException(string code, string message, string? classification = null)
    {
        if (NotAWriterCodes.Contains(code)) return new SessionExpiredException(code, message);
        var kind = classification ?? code.Split('.').ElementAtOrDefault(1) switch
        {
            "ClientError" => "CLIENT_ERROR",
            "TransientError" => "TRANSIENT_ERROR",
            _ => "DATABASE_ERROR",
        };
        return kind switch
        {
            "CLIENT_ERROR" when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal)
                && !code.EndsWith(".Forbidden", StringComparison.Ordinal) => new AuthenticationException(code, message),
            "CLIENT_ERROR" => new ClientException(code, message),
            "TRANSIENT_ERROR" => new TransientException(code, message),
            _ => new DatabaseException(code, message),
        };
    }

    /// <summary>A classification from the GQLSTATUS class, for a GQL status object with neither classification nor Neo4j code.</summary>
    private static string? ClassFromStatus(GqlError gql) => gql.StatusClass switch
    {
        "22" or "25" or "2D" or "42" or "52" or "G1" or "G2" => "CLIENT_ERROR",
        "50" or "51" => "DATABASE_ERROR",
        _ => null, // 08 connection, 40 rollback, …: not enough to say; treated as a database error
    };
}
