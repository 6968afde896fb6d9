using System.Buffers;
using KnowledgeGraph.Api.Caching;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Caching;

public sealed class CachedAnswerTests
{
    [Fact]
    public async Task An_l1_hit_hands_out_the_kept_answer_without_copying_its_bytes()
    {
        await using var services = new ServiceCollection().AddHybridCache().AddSerializer<CachedAnswer, CachedAnswerSerializer>()
            .Services.BuildServiceProvider();
        var cache = services.GetRequiredService<HybridCache>();
        var options = new HybridCacheEntryOptions { Flags = HybridCacheEntryFlags.DisableDistributedCache };

        var stored = await cache.GetOrCreateAsync("k", _ => ValueTask.FromResult(new CachedAnswer("{\"data\":{}}"u8.ToArray())), options);
        var hit = await cache.GetOrCreateAsync("k", _ => ValueTask.FromResult(new CachedAnswer([])), options);

        Assert.Same(stored, hit);
    }

    [Fact]
    public void The_l2_form_is_the_answer_bytes_alone()
    {
        var serializer = new CachedAnswerSerializer();
        var bytes = "{\"data\":{\"a\":1}}"u8.ToArray();
        var written = new ArrayBufferWriter<byte>();

        serializer.Serialize(new CachedAnswer(bytes), written);
        var read = serializer.Deserialize(new ReadOnlySequence<byte>(written.WrittenMemory));

        Assert.Equal(bytes, written.WrittenSpan.ToArray());
        Assert.Equal(bytes, read.Body.ToArray());
    }

    [Fact]
    public void The_etag_is_the_weak_hash_of_the_bytes()
    {
        var answer = new CachedAnswer("{\"data\":{\"a\":1}}"u8.ToArray());

        Assert.True(answer.ETag.IsWeak);
        Assert.Equal(HttpCaching.ETagOf(answer.Body.Span), answer.ETag);
        Assert.NotEqual(answer.ETag, new CachedAnswer("{\"data\":{\"a\":2}}"u8.ToArray()).ETag);
    }
}
