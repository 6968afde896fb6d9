using KnowledgeGraph.Bolt.Internal.Messaging;

namespace KnowledgeGraph.Bolt.Internal.Protocol;

/// <summary>Maps a FAILURE's Neo4j status code to the typed exception.</summary>
internal static class ServerErrors
{
    public static BoltException ToException(FailureMessage failure) => ToException(failure.Code, failure.Message);

    public static BoltException ToException(string code, string message)
    {
        var classification = code.Split('.').ElementAtOrDefault(1);
        return classification switch
        {
            "ClientError" when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal)
                && !code.EndsWith(".Forbidden", StringComparison.Ordinal) => new AuthenticationException(code, message),
            "ClientError" => new ClientException(code, message),
            "TransientError" => new TransientException(code, message),
            _ => new DatabaseException(code, message),
        };
    }
}
