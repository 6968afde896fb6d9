using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Bolt.Internal.IO;

namespace KnowledgeGraph.Bolt.Tests.Routing;

/// <summary>
/// One SCRIPTED member of a <see cref="ScriptedCluster"/>: a Bolt 5.8 server on 127.0.0.1 that answers by message,
/// not by a fixed script. Queries: <c>WRITE</c> (leader only; others answer NotALeader, a member set to refuse writes
/// answers ForbiddenOnReadOnlyDatabase) and <c>READ</c>; both return [member name, writes applied here].
/// </summary>
internal sealed class ScriptedClusterMember : IAsyncDisposable
{
    private readonly ScriptedCluster _cluster;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<TcpClient, byte> _clients = new();
    private long _applied;
    private Task? _accepting;

    public ScriptedClusterMember(ScriptedCluster cluster, string name)
    {
        _cluster = cluster;
        Name = name;
        _listener.Start();
        Address = $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
    }

    public string Name { get; }

    public string Address { get; }

    public volatile bool Alive = true;

    /// <summary>Answers writes with ForbiddenOnReadOnlyDatabase (e.g. its database was made read-only).</summary>
    public volatile bool RefusesWrites;

    public long Applied => Interlocked.Read(ref _applied);

    public int Reads => _reads;

    public int Writes => _writes;

    public int RouteRequests => _routes;

    public ConcurrentQueue<IReadOnlyDictionary<string, object?>> Hellos { get; } = new();

    public ConcurrentQueue<object?[]> Received { get; } = new();

    private int _reads, _writes, _routes;

    public void Start() => _accepting = AcceptAsync();

    public void CatchUp(long writes)
    {
        long current;
        while ((current = Interlocked.Read(ref _applied)) < writes && Interlocked.CompareExchange(ref _applied, writes, current) != current)
        {
        }
    }

    /// <summary>The member dies: stops listening and drops every connection.</summary>
    public void Kill()
    {
        Alive = false;
        _listener.Stop();
        foreach (var client in _clients.Keys) client.Dispose();
        _cluster.Log.Enqueue($"{Name} killed");
    }

    public async ValueTask DisposeAsync()
    {
        if (Alive) Kill();
        if (_accepting is not null) await Task.WhenAny(_accepting, Task.Delay(1000));
    }

    private async Task AcceptAsync()
    {
        while (Alive)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _clients[client] = 0;
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            using (client)
            {
                var stream = client.GetStream();
                await HandshakeAsync(stream);
                var session = new MemberConnection(this, _cluster, stream);
                await session.RunAsync();
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or ServiceUnavailableException or EndOfStreamException)
        {
            // The client hung up, or the member was killed.
        }
        finally
        {
            _clients.TryRemove(client, out _);
        }
    }

    /// <summary>Manifest v1 (5.7+): offers 5.8 down to 5.0 and expects the client to take 5.8 and no capability.</summary>
    private static async Task HandshakeAsync(NetworkStream stream)
    {
        var request = new byte[20];
        await stream.ReadExactlyAsync(request);
        if (!request.AsSpan(4, 4).SequenceEqual(new byte[] { 0, 0, 1, 0xFF })) throw new InvalidOperationException("no manifest request");
        await stream.WriteAsync(new byte[] { 0, 0, 1, 0xFF, 1, 0, 8, 8, 5, 0 });
        var chosen = new byte[5];
        await stream.ReadExactlyAsync(chosen);
        if (chosen[3] != 5 || chosen[2] != 8) throw new InvalidOperationException("client did not choose 5.8");
    }

    /// <summary>The state of one client connection: failed (until RESET), open transaction and its pending write.</summary>
    private sealed class MemberConnection(ScriptedClusterMember member, ScriptedCluster cluster, NetworkStream stream)
    {
        private readonly ChunkReader _reader = new(stream);
        private readonly PackStreamWriter _writer = new(PackStreamFormat.V5);
        private readonly PackStreamReader _unpacker = new(PackStreamFormat.V5);
        private bool _failed;
        private bool _inTransaction;
        private bool _pendingWrite;
        private string _mode = "w";

        public async Task RunAsync()
        {
            while (true)
            {
                var bytes = await _reader.ReadMessageAsync(CancellationToken.None);
                var copy = bytes.ToArray();
                _unpacker.Reset(copy, 0, copy.Length);
                var count = _unpacker.ReadStructHeader(out var signature);
                var fields = Enumerable.Range(0, count).Select(_ => _unpacker.Read()).ToArray();
                member.Received.Enqueue([signature, .. fields]);
                if (signature == 0x02) return; // GOODBYE
                if (!member.Alive) return;
                if (signature == 0x0F)
                {
                    (_failed, _inTransaction, _pendingWrite) = (false, false, false);
                    await SendAsync(0x70, Map());
                    continue;
                }
                if (_failed)
                {
                    await SendAsync(0x7E);
                    continue;
                }
                await HandleAsync(signature, fields);
            }
        }

        private async Task HandleAsync(byte signature, object?[] fields)
        {
            switch (signature)
            {
                case 0x01: // HELLO
                    member.Hellos.Enqueue((IReadOnlyDictionary<string, object?>)fields[0]!);
                    await SendAsync(0x70, Map(("server", "Neo4j/5.26.0-scripted"), ("connection_id", "bolt-" + member.Name),
                        ("hints", Map(("ssr.enabled", false)))));
                    break;
                case 0x6A: // LOGON
                    await SendAsync(0x70, Map());
                    break;
                case 0x66: // ROUTE
                    Interlocked.Increment(ref member._routes);
                    var extra = fields[2] as IReadOnlyDictionary<string, object?>;
                    await SendAsync(0x70, Map(("rt", cluster.RoutingTable(extra?.GetValueOrDefault("db") as string))));
                    break;
                case 0x11: // BEGIN
                    Begin((IReadOnlyDictionary<string, object?>)fields[0]!);
                    _inTransaction = true;
                    await SendAsync(0x70, Map());
                    break;
                case 0x10: // RUN
                    if (!_inTransaction) Begin((IReadOnlyDictionary<string, object?>)fields[2]!);
                    await RunQueryAsync((string)fields[0]!);
                    break;
                case 0x3F: // PULL
                    await SendAsync(0x71, new List<object?> { member.Name, member.Applied + (_pendingWrite ? 1 : 0) });
                    if (!_inTransaction && _pendingWrite)
                    {
                        var bookmark = CommitPending();
                        await SendAsync(0x70, Map(("bookmark", bookmark), ("type", "w")));
                    }
                    else
                    {
                        await SendAsync(0x70, Map(("type", _pendingWrite ? "w" : "r")));
                    }
                    break;
                case 0x12: // COMMIT
                    var committed = _pendingWrite ? CommitPending() : $"bm:{member.Applied}";
                    _inTransaction = false;
                    await SendAsync(0x70, Map(("bookmark", committed)));
                    break;
                case 0x13: // ROLLBACK
                    (_inTransaction, _pendingWrite) = (false, false);
                    await SendAsync(0x70, Map());
                    break;
                default:
                    await FailAsync("Neo.ClientError.Request.Invalid", $"unexpected message 0x{signature:X2}", "50N42");
                    break;
            }
        }

        private void Begin(IReadOnlyDictionary<string, object?> extra)
        {
            _mode = extra.GetValueOrDefault("mode") as string ?? "w";
            var required = (extra.GetValueOrDefault("bookmarks") as IReadOnlyList<object?> ?? [])
                .Select(b => long.Parse(((string)b!)["bm:".Length..], System.Globalization.CultureInfo.InvariantCulture))
                .DefaultIfEmpty(0).Max();
            member.CatchUp(required); // a follower waits until it has applied what the bookmarks name
        }

        private async Task RunQueryAsync(string query)
        {
            if (query == "WRITE")
            {
                if (member.RefusesWrites)
                {
                    await FailAsync("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", "read-only here", "08N08");
                    return;
                }
                if (cluster.Leader != member || _mode == "r")
                {
                    await FailAsync("Neo.ClientError.Cluster.NotALeader", "not the leader", "08N07");
                    return;
                }
                Interlocked.Increment(ref member._writes);
                _pendingWrite = true;
            }
            else
            {
                Interlocked.Increment(ref member._reads);
            }
            await SendAsync(0x70, Map(("fields", new List<object?> { "member", "applied" }), ("t_first", 0L)));
        }

        private string CommitPending()
        {
            var n = cluster.Commit();
            member.CatchUp(n);
            _pendingWrite = false;
            cluster.Log.Enqueue($"{member.Name} committed write {n}");
            return $"bm:{n}";
        }

        private async Task FailAsync(string code, string message, string gqlStatus)
        {
            _failed = true;
            (_inTransaction, _pendingWrite) = (false, false);
            await SendAsync(0x7F, Map(("neo4j_code", code), ("message", message), ("gql_status", gqlStatus), ("description", message),
                ("diagnostic_record", Map(("_classification", "CLIENT_ERROR")))));
        }

        private async Task SendAsync(byte signature, params object?[] fields)
        {
            _writer.Reset();
            _writer.WriteStructHeader(fields.Length, signature);
            foreach (var field in fields) _writer.Write(field);
            var chunked = new ChunkWriter();
            chunked.WriteMessage(_writer.WrittenSpan);
            await chunked.FlushAsync(stream, CancellationToken.None);
        }

        private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
            entries.ToDictionary(e => e.Key, e => e.Value);
    }
}
