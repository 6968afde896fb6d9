using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Api.Caching;

/// <summary>The cache key of an answer: the data version, then a hash of the normalised request and the caller's role.</summary>
public static class ResponseCacheKey
{
    public static string Build(string prefix, string dataVersion, NormalizedOperation operation, string variablesJson, string role)
    {
        var identity = string.Join('\n', operation.CanonicalText, operation.Name ?? "", variablesJson, role);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return $"{prefix}resp:{dataVersion}:{Base64Url.EncodeToString(hash)}";
    }
}
