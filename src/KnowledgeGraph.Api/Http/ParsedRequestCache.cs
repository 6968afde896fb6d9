using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Security.Cryptography;
using KnowledgeGraph.Api.Caching;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Keeps the parsed form of each POST body seen, keyed by the body's exact bytes, so that a repeated request (a
/// dashboard, a visualisation polling, the same question asked again) is neither UTF-8-checked, parsed as JSON nor
/// unescaped again, and hands on the very same query string (which the caches after it then find by reference).
/// A pure function of the bytes: only bodies that parsed are kept, and a body is only ever matched byte for byte.
/// Bounded: bodies over <see cref="MaxBodyBytes"/> are not kept, a body is kept from its second sighting on
/// (<see cref="SecondSightAdmission"/>: a flood of distinct bodies costs only their parsing), and when the kept bodies
/// pass the byte budget the cache starts over empty (cheaper than tracking use).
/// </summary>
public sealed class ParsedRequestCache
{
    /// <summary>Bodies larger than this are parsed every time (a typical request is a few hundred bytes to a few KB).</summary>
    public const int MaxBodyBytes = 16 * 1024;

    private readonly long _budgetBytes;
    private readonly ConcurrentDictionary<byte[], GraphQLHttpRequest> _requests = new(BodyComparer.Instance);
    private readonly ConcurrentDictionary<byte[], GraphQLHttpRequest>.AlternateLookup<ReadOnlySpan<byte>> _bySpan;
    private readonly SecondSightAdmission _admission = new();
    private readonly Lock _adding = new();
    private long _keptBytes;

    /// <param name="budgetBytes">Total body bytes kept; 0 keeps nothing.</param>
    public ParsedRequestCache(long budgetBytes)
    {
        _budgetBytes = budgetBytes;
        _bySpan = _requests.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    /// <summary>How many bodies are kept (for tests).</summary>
    internal int Count => _requests.Count;

    public bool TryGet(ReadOnlySpan<byte> body, out GraphQLHttpRequest request)
    {
        if (body.Length <= MaxBodyBytes && _bySpan.TryGetValue(body, out var kept))
        {
            request = kept;
            return true;
        }
        request = null!;
        return false;
    }

    /// <summary>
    /// Adds run after a parse (a miss), so one lock costs nothing next to it and keeps the byte count exact: lock-free
    /// counting raced with start-overs and let the cache drift past its budget under concurrent misses.
    /// </summary>
    public void Add(ReadOnlySpan<byte> body, GraphQLHttpRequest request)
    {
        if (body.Length > MaxBodyBytes || body.Length > _budgetBytes || !_admission.Admit(body))
            return;
        lock (_adding)
        {
            if (_bySpan.ContainsKey(body))
                return;
            if (_keptBytes + body.Length > _budgetBytes)
            {
                _requests.Clear();
                _keptBytes = 0;
            }
            _requests[body.ToArray()] = request;
            _keptBytes += body.Length;
        }
    }

    /// <summary>Equal bytes; the hash is seeded per process, so that nobody can pick bodies that collide.</summary>
    private sealed class BodyComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly BodyComparer Instance = new();

        private static readonly long Seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));

        public bool Equals(byte[]? x, byte[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(byte[] body) => GetHashCode((ReadOnlySpan<byte>)body);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => (int)XxHash3.HashToUInt64(alternate, Seed);

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
