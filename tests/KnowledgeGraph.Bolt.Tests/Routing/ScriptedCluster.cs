using System.Collections.Concurrent;

namespace KnowledgeGraph.Bolt.Tests.Routing;

/// <summary>
/// A SCRIPTED three-member Neo4j cluster for routing tests (no cluster runs here): each <see cref="ScriptedClusterMember"/>
/// listens on a real loopback socket and speaks Bolt 5.8 (manifest handshake, HELLO/LOGON, ROUTE, BEGIN/RUN/PULL/COMMIT).
/// The leader takes writes; followers apply the write log only when a bookmark asks them to (replication lag on
/// demand), so a read without the writer's bookmark can be stale. Tests change the leader, kill members, shorten the
/// TTL or make a member refuse writes while work runs.
/// </summary>
internal sealed class ScriptedCluster : IAsyncDisposable
{
    public ScriptedCluster(int size = 3, string database = "neo4j")
    {
        Database = database;
        Members = Enumerable.Range(0, size).Select(i => new ScriptedClusterMember(this, $"member{i}")).ToList();
        foreach (var member in Members) member.Start();
    }

    public List<ScriptedClusterMember> Members { get; }

    public string Database { get; }

    /// <summary>The TTL (seconds) the routing table is handed out with.</summary>
    public long Ttl { get; set; } = 300;

    public volatile int LeaderIndex;

    public ScriptedClusterMember Leader => Members[LeaderIndex];

    /// <summary>Committed writes so far: the write log's length; bookmark "bm:N" means "after N writes".</summary>
    public long CommittedWrites => Interlocked.Read(ref _committed);

    private long _committed;

    /// <summary>Members listed as writers instead of the leader (a stale view, e.g. of a member that refuses writes).</summary>
    public List<ScriptedClusterMember>? WritersOverride { get; set; }

    public ConcurrentQueue<string> Log { get; } = new();

    public string Uri(int member = 0, string query = "") => $"neo4j://{Members[member].Address}{query}";

    public long Commit() => Interlocked.Increment(ref _committed);

    /// <summary>The leader moves: the new one has the whole write log (it was replicated before the election).</summary>
    public void ElectLeader(int index)
    {
        Members[index].CatchUp(CommittedWrites);
        LeaderIndex = index;
        Log.Enqueue($"leader is now {Members[index].Name}");
    }

    /// <summary>The "rt" map of ROUTE's SUCCESS as a member of this cluster would answer it.</summary>
    public Dictionary<string, object?> RoutingTable(string? askedDatabase)
    {
        var alive = Members.Where(m => m.Alive).ToList();
        var writers = (WritersOverride ?? [Leader]).Where(m => m.Alive).Select(m => (object?)m.Address).ToList();
        var readers = alive.Where(m => m != Leader).Select(m => (object?)m.Address).ToList();
        return new Dictionary<string, object?>
        {
            ["ttl"] = Ttl,
            ["db"] = askedDatabase ?? Database,
            ["servers"] = new List<object?>
            {
                new Dictionary<string, object?> { ["role"] = "ROUTE", ["addresses"] = alive.Select(m => (object?)m.Address).ToList() },
                new Dictionary<string, object?> { ["role"] = "READ", ["addresses"] = readers },
                new Dictionary<string, object?> { ["role"] = "WRITE", ["addresses"] = writers },
            },
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var member in Members) await member.DisposeAsync();
    }
}
