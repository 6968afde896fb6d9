using KnowledgeGraph.Api.Http.Errors;

namespace KnowledgeGraph.Api.PersistedDocuments.Errors;

/// <summary><c>extensions.persistedQuery</c> is malformed: not <c>{ version: 1, sha256Hash: "&lt;64 hex&gt;" }</c>, or the hash is not the query's.</summary>
public sealed class InvalidPersistedQueryError(string code, string message)
    : GraphQLHttpError(StatusCodes.Status400BadRequest, code, message)
{
    public static InvalidPersistedQueryError Malformed(string message) => new("PERSISTED_QUERY_INVALID", message);

    public static InvalidPersistedQueryError UnsupportedVersion(object? version) =>
        new("PERSISTED_QUERY_UNSUPPORTED_VERSION", $"Unsupported persisted query version {version ?? "null"}: this service speaks version 1.");

    public static InvalidPersistedQueryError HashMismatch() =>
        new("PERSISTED_QUERY_HASH_MISMATCH", "The sha256Hash is not the SHA-256 of the query text sent with it.");
}
