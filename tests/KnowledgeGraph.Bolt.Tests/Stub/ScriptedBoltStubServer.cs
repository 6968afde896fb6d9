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
        _format = version.Major >= 5 ? PackStreamFormat.V5 : PackStreamFormat.Legacy;
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
            foreach (var field in fields) writer.Write(field);
            await WriteRawAsync(stream, Chunk(writer.WrittenSpan));
        });
        return this;
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

    public ScriptedBoltStubServer Failure(string code, string message) => Send(0x7F, new Dictionary<string, object?> { ["code"] = code, ["message"] = message });

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
            using var client = await _listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(20));
            var stream = client.GetStream();
            var handshake = new byte[20];
            await stream.ReadExactlyAsync(handshake);
            if (BinaryPrimitives.ReadUInt32BigEndian(handshake) != 0x6060B017) Errors.Add("bad magic");
            await stream.WriteAsync(new byte[] { 0, 0, (byte)Version.Minor, (byte)Version.Major });
            var reader = new ChunkReader(stream);
            foreach (var step in _steps) await step(stream, reader);
            while (true)
            {
                var trailing = await ReadAsync(reader);
                if (trailing.Signature == 0x02) break;
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

internal sealed record ReceivedMessage(byte Signature, object?[] Fields, string Hex)
{
    public IReadOnlyDictionary<string, object?> Map(int field) => (IReadOnlyDictionary<string, object?>)Fields[field]!;
}
