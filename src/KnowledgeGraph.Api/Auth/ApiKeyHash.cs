using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Api.Auth;

/// <summary>How API keys are stored: the lower-case hex SHA-256 of the key's UTF-8 bytes.</summary>
public static class ApiKeyHash
{
    public static string Of(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Compares in constant time, ignoring hex case.</summary>
    public static bool Matches(string key, string storedHash)
    {
        var actual = Encoding.ASCII.GetBytes(Of(key));
        var expected = Encoding.ASCII.GetBytes(storedHash.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>A new random key (32 bytes, URL-safe base64).</summary>
    public static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
