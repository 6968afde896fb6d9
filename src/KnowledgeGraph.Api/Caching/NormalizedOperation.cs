using System.Buffers.Text;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Caching;

/// <summary>A parsed request document: its canonical text and the operation the request selects.</summary>
/// <param name="CanonicalText">The document printed after sorting arguments, input-object fields and variables.</param>
/// <param name="Type">The selected operation's type (query, mutation, subscription).</param>
/// <param name="Name">The selected operation's name, null for an anonymous operation.</param>
public sealed record NormalizedOperation(string CanonicalText, OperationType Type, string? Name)
{
    /// <summary>The variables the selected operation declares: only these can change its answer.</summary>
    public IReadOnlySet<string> Variables { get; init; } = FrozenSet<string>.Empty;

    /// <summary>A SHA-256 of the canonical text and the operation name (Base64Url): the operation's part of a cache key.</summary>
    public string Digest { get; } = Hash(CanonicalText + "\n" + Name);

    /// <summary>
    /// The hashed identity of the commonest request of this operation (no variables, an anonymous caller), computed once
    /// so that such a request hashes nothing (see <see cref="ResponseCacheKey"/>).
    /// </summary>
    internal string AnonymousIdentity { get; } =
        Hash(ResponseCacheKey.Identity(Hash(CanonicalText + "\n" + Name), CanonicalJson.Empty, CallerRole.Anonymous));

    internal static string Hash(string text) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
