using System.Buffers.Binary;

namespace KnowledgeGraph.Bolt.Internal.Connector;

/// <summary>The Bolt handshake: magic preamble, four version proposals, one answer.</summary>
internal static class Handshake
{
    public const uint Magic = 0x6060B017;

    /// <summary>Proposals as sent: [reserved, range, minor, major]; 5.8 with range 8 covers 5.8 down to 5.0.</summary>
    public static readonly byte[] Proposals =
    [
        0x00, 0x08, 0x08, 0x05,
        0x00, 0x00, 0x04, 0x04,
        0x00, 0x00, 0x00, 0x03,
        0x00, 0x00, 0x00, 0x01,
    ];

    public static async Task<BoltProtocolVersion> PerformAsync(Stream stream, CancellationToken cancellationToken)
    {
        var request = new byte[20];
        BinaryPrimitives.WriteUInt32BigEndian(request, Magic);
        Proposals.CopyTo(request, 4);
        await stream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

        var response = new byte[4];
        try
        {
            await stream.ReadExactlyAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (EndOfStreamException e)
        {
            throw new ServiceUnavailableException("Bolt: the server closed the connection during the handshake.", e);
        }
        return Interpret(response);
    }

    public static BoltProtocolVersion Interpret(ReadOnlySpan<byte> response)
    {
        if (response.SequenceEqual("HTTP"u8))
            throw new ProtocolException("Bolt: the server answered with HTTP; is this the HTTP port rather than the Bolt port?");
        var version = new BoltProtocolVersion(response[3], response[2]);
        if (version == default)
            throw new ServiceUnavailableException("Bolt: the server supports none of the proposed protocol versions (5.0-5.8, 4.4, 3, 1).");
        var proposed = version is { Major: 5, Minor: <= 8 } || version == BoltProtocolVersion.V4_4
            || version == BoltProtocolVersion.V3 || version == BoltProtocolVersion.V1;
        if (response[0] != 0 || response[1] != 0 || !proposed)
            throw new ProtocolException($"Bolt: the server chose version {version}, which was not proposed.");
        return version;
    }
}
