using System.Buffers;
using Microsoft.Extensions.Caching.Hybrid;

namespace KnowledgeGraph.Api.Caching;

/// <summary>Stores a <see cref="CachedAnswer"/> in L2 (Redis) as its bytes alone, the format a cached <c>byte[]</c> had.</summary>
public sealed class CachedAnswerSerializer : IHybridCacheSerializer<CachedAnswer>
{
    public CachedAnswer Deserialize(ReadOnlySequence<byte> source) => new(source.ToArray());

    public void Serialize(CachedAnswer value, IBufferWriter<byte> target) => target.Write(value.Body.Span);
}
