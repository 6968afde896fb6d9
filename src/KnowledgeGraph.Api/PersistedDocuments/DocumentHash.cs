using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Api.PersistedDocuments;

/// <summary>SHA-256 of a document's UTF-8 text as lowercase hex: Apollo's <c>sha256Hash</c> and the payload of a <c>sha256:</c> document id.</summary>
public static class DocumentHash
{
    public const string Prefix = "sha256:";

    public static string Of(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>64 hex digits (either case, as clients may send); returned lowercase.</summary>
    public static bool TryNormalize(string? text, out string hash)
    {
        hash = "";
        if (text is not { Length: 64 } || !text.All(char.IsAsciiHexDigit))
            return false;
        hash = text.ToLowerInvariant();
        return true;
    }

    public static bool Matches(string document, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(document)), Encoding.ASCII.GetBytes(hash));
}
