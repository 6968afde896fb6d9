using System.Buffers.Binary;

namespace KnowledgeGraph.Bolt.Internal.Connector;

/// <summary>
/// The Bolt handshake: magic preamble, four version proposals, one answer. The first proposal asks for the handshake
/// manifest v1 (Bolt 5.7+ servers answer <c>00 00 01 FF</c>, then list the version ranges they speak and a capability
/// varint; the client writes back the version it picked and the capabilities it takes). Older servers ignore it and
/// pick among 5.8–5.0, 4.4 and 1. Bolt 3 (Neo4j 3.5, 4.0–4.3) needs a second connection with <see cref="FallbackProposals"/>,
/// since the four slots are taken.
/// </summary>
internal static class Handshake
{
    public const uint Magic = 0x6060B017;

    /// <summary>Proposals as sent: [reserved, range, minor, major]; 5.8 with range 8 covers 5.8 down to 5.0.</summary>
    public static readonly byte[] Proposals =
    [
        0x00, 0x00, 0x01, 0xFF,
        0x00, 0x08, 0x08, 0x05,
        0x00, 0x00, 0x04, 0x04,
        0x00, 0x00, 0x00, 0x01,
    ];

    /// <summary>Asked only when a server answered "none" to <see cref="Proposals"/>: Bolt 3.</summary>
    public static readonly byte[] FallbackProposals =
    [
        0x00, 0x00, 0x00, 0x03,
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];

    private const int MaxManifestEntries = 64;

    /// <summary>The versions this client implements, best first.</summary>
    public static readonly IReadOnlyList<BoltProtocolVersion> Supported =
    [
        BoltProtocolVersion.V6_0,
        new(5, 8), new(5, 7), new(5, 6), new(5, 5), new(5, 4), new(5, 3), new(5, 2), new(5, 1), new(5, 0),
        BoltProtocolVersion.V4_4, BoltProtocolVersion.V3, BoltProtocolVersion.V1,
    ];

    public static async Task<BoltProtocolVersion> PerformAsync(Stream stream, byte[] proposals, CancellationToken cancellationToken)
    {
        var request = new byte[20];
        BinaryPrimitives.WriteUInt32BigEndian(request, Magic);
        proposals.CopyTo(request, 4);
        await stream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

        var response = new byte[4];
        await ReadExactlyAsync(stream, response, cancellationToken).ConfigureAwait(false);
        if (!IsManifestV1(response)) return Interpret(response, proposals);

        var offered = await ReadManifestAsync(stream, cancellationToken).ConfigureAwait(false);
        var chosen = Choose(offered.Versions);
        var answer = new byte[5];
        answer[2] = (byte)chosen.Minor;
        answer[3] = (byte)chosen.Major;
        answer[4] = 0x00; // capabilities: none taken
        await stream.WriteAsync(answer, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return chosen;
    }

    public static bool IsManifestV1(ReadOnlySpan<byte> response) => response.SequenceEqual(new byte[] { 0x00, 0x00, 0x01, 0xFF });

    /// <summary>The best version this client implements among those a manifest offered.</summary>
    public static BoltProtocolVersion Choose(IReadOnlyCollection<BoltProtocolVersion> offered)
    {
        foreach (var version in Supported)
            if (offered.Contains(version)) return version;
        throw new NoCommonVersionException(
            $"Bolt: the server offers {string.Join(", ", offered.OrderDescending())}, none of which this client speaks ({string.Join(", ", Supported)}).");
    }

    /// <summary>A manifest v1 after its marker: varint N, N version ranges (4 bytes each), varint capabilities.</summary>
    public static async Task<(IReadOnlyList<BoltProtocolVersion> Versions, ulong Capabilities)> ReadManifestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var count = await ReadVarIntAsync(stream, cancellationToken).ConfigureAwait(false);
        if (count > MaxManifestEntries) throw new ProtocolException($"Bolt: the handshake manifest lists {count} version ranges.");
        var versions = new List<BoltProtocolVersion>();
        var entry = new byte[4];
        for (var i = 0UL; i < count; i++)
        {
            await ReadExactlyAsync(stream, entry, cancellationToken).ConfigureAwait(false);
            int major = entry[3], minor = entry[2], range = entry[1];
            for (var m = minor; m >= Math.Max(0, minor - range); m--) versions.Add(new BoltProtocolVersion(major, m));
        }
        var capabilities = await ReadVarIntAsync(stream, cancellationToken).ConfigureAwait(false);
        return (versions, capabilities);
    }

    /// <summary>An unsigned LEB128 varint (7 bits a byte, least significant group first, high bit = more).</summary>
    public static async Task<ulong> ReadVarIntAsync(Stream stream, CancellationToken cancellationToken)
    {
        var one = new byte[1];
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            await ReadExactlyAsync(stream, one, cancellationToken).ConfigureAwait(false);
            value |= (ulong)(one[0] & 0x7F) << shift;
            if ((one[0] & 0x80) == 0) return value;
        }
        throw new ProtocolException("Bolt: a handshake varint is longer than 64 bits.");
    }

    public static BoltProtocolVersion Interpret(ReadOnlySpan<byte> response, byte[]? proposals = null)
    {
        proposals ??= Proposals;
        if (response.SequenceEqual("HTTP"u8))
            throw new ProtocolException("Bolt: the server answered with HTTP; is this the HTTP port rather than the Bolt port?");
        var version = new BoltProtocolVersion(response[3], response[2]);
        if (version == default)
            throw new NoCommonVersionException("Bolt: the server supports none of the proposed protocol versions (6.0, 5.8-5.0, 4.4, 3, 1).");
        if (response[0] != 0 || response[1] != 0 || !WasProposed(version, proposals))
            throw new ProtocolException($"Bolt: the server chose version {version}, which was not proposed.");
        return version;
    }

    private static bool WasProposed(BoltProtocolVersion version, byte[] proposals)
    {
        for (var i = 0; i < proposals.Length; i += 4)
        {
            int range = proposals[i + 1], minor = proposals[i + 2], major = proposals[i + 3];
            if (major == 0xFF || major == 0) continue;
            if (version.Major == major && version.Minor <= minor && version.Minor >= minor - range) return true;
        }
        return false;
    }

    private static async Task ReadExactlyAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (EndOfStreamException e)
        {
            throw new ServiceUnavailableException("Bolt: the server closed the connection during the handshake.", e);
        }
    }
}

/// <summary>The server and this client share no Bolt version.</summary>
internal sealed class NoCommonVersionException(string message) : BoltException(message);
