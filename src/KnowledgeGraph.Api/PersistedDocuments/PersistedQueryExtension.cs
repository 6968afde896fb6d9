using GraphQL;
using KnowledgeGraph.Api.PersistedDocuments.Errors;

namespace KnowledgeGraph.Api.PersistedDocuments;

/// <summary>Apollo's <c>extensions.persistedQuery: { version: 1, sha256Hash }</c>.</summary>
public static class PersistedQueryExtension
{
    public const string Name = "persistedQuery";

    /// <summary>The lowercase hash it names, or null when the request has none; a malformed one is refused.</summary>
    public static string? Read(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(Name, out var value) || value is null)
            return null;
        if (value is not IReadOnlyDictionary<string, object?> persistedQuery)
            throw InvalidPersistedQueryError.Malformed("extensions.persistedQuery must be an object { version: 1, sha256Hash }.");
        var version = persistedQuery.GetValueOrDefault("version");
        if (version is not (int or long or decimal or double) || Convert.ToDouble(version, System.Globalization.CultureInfo.InvariantCulture) != 1)
            throw InvalidPersistedQueryError.UnsupportedVersion(version);
        return DocumentHash.TryNormalize(persistedQuery.GetValueOrDefault("sha256Hash") as string, out var hash)
            ? hash
            : throw InvalidPersistedQueryError.Malformed("extensions.persistedQuery.sha256Hash must be the 64 hex digits of the query's SHA-256.");
    }
}
