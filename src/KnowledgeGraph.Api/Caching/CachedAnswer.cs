using System.ComponentModel;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// A cached answer: the serialised result, never changed once built. Marked immutable so that HybridCache hands out
/// the L1 instance itself on a hit instead of deserialising a fresh copy of the bytes for every request.
/// </summary>
[ImmutableObject(true)]
public sealed class CachedAnswer(byte[] body)
{
    private EntityTagHeaderValue? etag;

    /// <summary>The answer's UTF-8 JSON. Callers must not write to it: it is shared by every request served from L1.</summary>
    public ReadOnlyMemory<byte> Body { get; } = body;

    /// <summary>The weak ETag of <see cref="Body"/>, hashed at its first use (a race computes the same value twice).</summary>
    public EntityTagHeaderValue ETag => etag ??= HttpCaching.ETagOf(Body.Span);
}
