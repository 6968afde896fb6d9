using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Lets a key into a cache on its second sighting: a repeated request (a dashboard, a poll, the same question asked
/// again) is kept from its second time on, while a flood of distinct texts, each seen once, never enters the caches,
/// so its garbage dies young instead of being promoted with them and pushing useful entries out.
/// A fixed table of key hashes, one per slot, indexed and compared by a hash seeded per process (nobody can pick keys
/// that collide): a later key on the same slot forgets the earlier one, which then needs two more sightings. Lock-free;
/// a race only costs a missed admission. Its memory is the table, allocated once.
/// </summary>
public sealed class SecondSightAdmission
{
    private static readonly long Seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));

    private readonly ulong[] _seen;
    private readonly int _mask;

    /// <param name="slots">A power of two: how many recent first sightings are remembered (at most).</param>
    public SecondSightAdmission(int slots = 1 << 16)
    {
        if (slots <= 0 || (slots & (slots - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "A power of two.");
        _seen = new ulong[slots];
        _mask = slots - 1;
    }

    /// <summary>Whether the key was seen before (admit it); if not, it is remembered, and the answer is no.</summary>
    public bool Admit(ReadOnlySpan<byte> key) => Admit(XxHash3.HashToUInt64(key, Seed));

    /// <summary>A key made of a text and an optional name (an operation name), which are told apart from their concatenation.</summary>
    public bool Admit(string text, string? name)
    {
        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan()), Seed);
        return Admit(name is null ? hash : XxHash3.HashToUInt64(MemoryMarshal.AsBytes(name.AsSpan()), (long)hash));
    }

    private bool Admit(ulong hash)
    {
        hash |= 1; // 0 marks an empty slot
        ref var slot = ref _seen[(int)(hash >> 32) & _mask];
        if (Volatile.Read(ref slot) == hash)
            return true;
        Volatile.Write(ref slot, hash);
        return false;
    }
}
