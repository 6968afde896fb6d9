namespace KnowledgeGraph.Api.Caching;

/// <summary>The cache key of an answer: the data version, then a hash of the normalised request and the caller's role.</summary>
public static class ResponseCacheKey
{
    public static string Build(string prefix, string dataVersion, NormalizedOperation operation, string variablesJson, string role)
    {
        var anonymous = variablesJson == CanonicalJson.Empty && role == CallerRole.Anonymous;
        // The operation is hashed once (its digest, and its anonymous identity); here at most the digest, variables and role are.
        var identity = anonymous ? operation.AnonymousIdentity : NormalizedOperation.Hash(Identity(operation.Digest, variablesJson, role));
        return string.Concat(prefix, "resp:", dataVersion, ":", identity);
    }

    internal static string Identity(string operationDigest, string variablesJson, string role) =>
        string.Concat(operationDigest, "\n", variablesJson, "\n", role);
}
