using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>
/// A STUB Bolt server for what no server here speaks (4.4, 5.x) or shows on demand (faults): it listens on a real
/// socket on 127.0.0.1, accepts one connection and plays a script of chained Expect (C:) and Send (S:) steps.
/// Deviations are collected in <see cref="Errors"/>; everything the client sent is kept in <see cref="Received"/>.
/// </summary>
internal sealed class ScriptedBoltStubServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<Func<Stream, ChunkReader, Task>> _steps = [];
    private readonly PackStreamFormat _format;
    private Task? _run;

    public ScriptedBoltStubServer(BoltProtocolVersion version)
    {
        Version = version;
        _format = version.Major >= 6 ? PackStreamFormat.V6 : version.Major >= 5 ? PackStreamFormat.V5 : PackStreamFormat.Legacy;
        _listener.Start();
    }

    public BoltProtocolVersion Version { get; }

    public string Uri => $"bolt://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public List<string> Errors { get; } = [];

    public List<ReceivedMessage> Received { get; } = [];

    /// <summary>C: a message with this signature; <paramref name="check"/> may assert on its fields.</summary>
    public ScriptedBoltStubServer Expect(byte signature, Action<object?[]>? check = null)
    {
        _steps.Add(async (_, reader) =>
        {
            var message = await ReadAsync(reader);
            if (message.Signature != signature) throw new InvalidOperationException($"expected 0x{signature:X2}, got 0x{message.Signature:X2}");
            check?.Invoke(message.Fields);
        });
        return this;
    }

    /// <summary>S: a message with these fields.</summary>
    public ScriptedBoltStubServer Send(byte signature, params object?[] fields)
    {
        _steps.Add(async (stream, _) =>
        {
            var writer = new PackStreamWriter(_format);
            writer.WriteStructHeader(fields.Length, signature);
            foreach (var field in fields) WriteValue(writer, field);
            await WriteRawAsync(stream, Chunk(writer.WrittenSpan));
        });
        return this;
    }

    /// <summary>Writes values, with <see cref="UnsupportedTypeStub"/> as the raw structure a client can only receive.</summary>
    private static void WriteValue(PackStreamWriter writer, object? value)
    {
        switch (value)
        {
            case UnsupportedTypeStub u:
                writer.WriteStructHeader(4, 0x3F);
                writer.WriteString(u.Name);
                writer.WriteInteger(u.Major);
                writer.WriteInteger(u.Minor);
                writer.WriteMap(new Dictionary<string, object?> { ["message"] = u.Message });
                break;
            case List<object?> list:
                writer.WriteListHeader(list.Count);
                foreach (var item in list) WriteValue(writer, item);
                break;
            default:
                writer.Write(value);
                break;
        }
    }

    public ScriptedBoltStubServer SendRaw(byte[] bytes)
    {
        _steps.Add((stream, _) => WriteRawAsync(stream, bytes));
        return this;
    }

    public ScriptedBoltStubServer Close()
    {
        _steps.Add((stream, _) => { stream.Close(); return Task.CompletedTask; });
        return this;
    }

    public ScriptedBoltStubServer Success(Dictionary<string, object?>? metadata = null) => Send(0x70, metadata ?? []);

    public ScriptedBoltStubServer Record(params object?[] values) => Send(0x71, new List<object?>(values));

    /// <summary>S: FAILURE as the version sends it: {code, message}, or from 5.7 a GQL status object with neo4j_code.</summary>
    public ScriptedBoltStubServer Failure(string code, string message, string gqlStatus = "50N42") =>
        Send(0x7F, Version < new BoltProtocolVersion(5, 7)
            ? new Dictionary<string, object?> { ["code"] = code, ["message"] = message }
            : GqlFailure(code, message, gqlStatus));

    public static Dictionary<string, object?> GqlFailure(string? code, string message, string gqlStatus, Dictionary<string, object?>? cause = null)
    {
        var classification = code?.Split('.')[1] switch
        {
            "ClientError" => "CLIENT_ERROR",
            "TransientError" => "TRANSIENT_ERROR",
            _ => "DATABASE_ERROR",
        };
        var failure = new Dictionary<string, object?>
        {
            ["gql_status"] = gqlStatus,
            ["description"] = $"error: {gqlStatus}",
            ["message"] = message,
            ["diagnostic_record"] = new Dictionary<string, object?> { ["OPERATION"] = "", ["OPERATION_CODE"] = "0", ["CURRENT_SCHEMA"] = "/", ["_classification"] = classification },
        };
        if (code is not null) failure["neo4j_code"] = code;
        if (cause is not null) failure["cause"] = cause;
        return failure;
    }

    public ScriptedBoltStubServer Ignored() => Send(0x7E);

    public ScriptedBoltStubServer Start()
    {
        _run = RunAsync();
        return this;
    }

    /// <summary>Waits until the script has been played (and the client has hung up or said GOODBYE).</summary>
    public async Task<IReadOnlyList<string>> FinishAsync()
    {
        await _run!.WaitAsync(TimeSpan.FromSeconds(20));
        return Errors;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        if (_run is not null) await Task.WhenAny(_run, Task.Delay(2000));
    }

    private async Task RunAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(20));
                var stream = client.GetStream();
                if (!await HandshakeAsync(stream)) continue;
                var reader = new ChunkReader(stream);
                foreach (var step in _steps) await step(stream, reader);
                while (true)
                {
                    var trailing = await ReadAsync(reader);
                    if (trailing.Signature == 0x02) break;
                }
                return;
            }
        }
        catch (ServiceUnavailableException)
        {
            // The client hung up after the script: fine.
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
        catch (Exception e)
        {
            Errors.Add(e.Message);
        }
    }

    /// <summary>The client's four proposals of each connection, as sent.</summary>
    public List<byte[]> Proposals { get; } = [];

    /// <summary>Offered in a manifest (5.7+ stubs), as [reserved, range, minor, major] entries.</summary>
    public byte[][] ManifestOffer { get; set; } = [];

    /// <summary>
    /// Answers like a server of <see cref="Version"/>: 5.7+ with the manifest v1 when asked for it (offering
    /// <see cref="ManifestOffer"/>, default: this version alone), else the version when proposed, else "none" and a hang-up.
    /// </summary>
    private async Task<bool> HandshakeAsync(NetworkStream stream)
    {
        var handshake = new byte[20];
        await stream.ReadExactlyAsync(handshake);
        if (BinaryPrimitives.ReadUInt32BigEndian(handshake) != 0x6060B017) Errors.Add("bad magic");
        var proposals = handshake[4..];
        Proposals.Add(proposals);
        var slots = Enumerable.Range(0, 4).Select(i => proposals.AsSpan(i * 4, 4).ToArray()).ToList();
        if (Version >= new BoltProtocolVersion(5, 7) && slots.Any(s => s.SequenceEqual(new byte[] { 0, 0, 1, 0xFF })))
        {
            var offer = ManifestOffer.Length > 0 ? ManifestOffer : [new byte[] { 0, 0, (byte)Version.Minor, (byte)Version.Major }];
            var answer = new List<byte> { 0, 0, 1, 0xFF, (byte)offer.Length };
            foreach (var entry in offer) answer.AddRange(entry);
            answer.Add(0x09); // capabilities offered: bits 1 and 4 (the client takes none)
            await stream.WriteAsync(answer.ToArray());
            var chosen = new byte[5];
            await stream.ReadExactlyAsync(chosen);
            ChosenByManifest = new BoltProtocolVersion(chosen[3], chosen[2]);
            if (chosen[4] != 0) Errors.Add($"client took capabilities {chosen[4]}");
            if (ChosenByManifest != Version) Errors.Add($"client chose {ChosenByManifest} from the manifest");
            return true;
        }
        var proposed = AnswersUnproposed || slots.Any(s => s[3] == Version.Major && Version.Minor <= s[2] && Version.Minor >= s[2] - s[1]);
        if (!proposed)
        {
            await stream.WriteAsync(new byte[4]);
            return false;
        }
        await stream.WriteAsync(new byte[] { 0, 0, (byte)Version.Minor, (byte)Version.Major });
        return true;
    }

    /// <summary>A misbehaving server: answers its version even when the client did not propose it.</summary>
    public bool AnswersUnproposed { get; init; }

    /// <summary>The version the client wrote back after a manifest, if there was one.</summary>
    public BoltProtocolVersion? ChosenByManifest { get; private set; }

    private async Task<ReceivedMessage> ReadAsync(ChunkReader reader)
    {
        var bytes = await reader.ReadMessageAsync(CancellationToken.None);
        var copy = bytes.ToArray();
        var unpacker = new PackStreamReader(_format);
        unpacker.Reset(copy, 0, copy.Length);
        var count = unpacker.ReadStructHeader(out var signature);
        var fields = Enumerable.Range(0, count).Select(_ => unpacker.Read()).ToArray();
        var message = new ReceivedMessage(signature, fields, Convert.ToHexString(copy));
        Received.Add(message);
        return message;
    }

    private static async Task WriteRawAsync(Stream stream, byte[] bytes)
    {
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
    }

    private static byte[] Chunk(ReadOnlySpan<byte> message)
    {
        var writer = new ChunkWriter();
        writer.WriteMessage(message);
        using var memory = new MemoryStream();
        writer.FlushAsync(memory, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return memory.ToArray();
    }
}

/// <summary>An UnsupportedType structure (Bolt 6.0, tag 0x3F) for the stub to send.</summary>
internal sealed record UnsupportedTypeStub(string Name, int Major, int Minor, string Message);

internal sealed record ReceivedMessage(byte Signature, object?[] Fields, string Hex)
{
    public IReadOnlyDictionary<string, object?> Map(int field) => (IReadOnlyDictionary<string, object?>)Fields[field]!;
}
