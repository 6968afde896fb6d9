using System.Globalization;

namespace KnowledgeGraph.Bolt.Internal.Routing;

/// <summary>
/// One database's routing table as ROUTE answered it: routers, readers, writers, and when it expires (its TTL).
/// Immutable: forgetting a member makes a new table.
/// </summary>
internal sealed record RoutingTable(string? Database, IReadOnlyList<string> Routers, IReadOnlyList<string> Readers, IReadOnlyList<string> Writers, long ExpiresAt)
{
    /// <summary>Parses the "rt" map of ROUTE's SUCCESS: {ttl, db, servers: [{addresses, role}]}.</summary>
    public static RoutingTable Parse(IReadOnlyDictionary<string, object?> rt, string? askedDatabase, long now)
    {
        var ttl = rt.GetValueOrDefault("ttl") as long? ?? throw new ProtocolException("Bolt: the routing table has no ttl.");
        var routers = new List<string>();
        var readers = new List<string>();
        var writers = new List<string>();
        foreach (var server in rt.GetValueOrDefault("servers") as IReadOnlyList<object?> ?? [])
        {
            if (server is not IReadOnlyDictionary<string, object?> entry) throw new ProtocolException("Bolt: a routing table entry is not a map.");
            var addresses = (entry.GetValueOrDefault("addresses") as IReadOnlyList<object?> ?? [])
                .Select(a => a as string ?? throw new ProtocolException("Bolt: a routing table address is not a string.")).ToList();
            var target = (entry.GetValueOrDefault("role") as string) switch
            {
                "ROUTE" => routers,
                "READ" => readers,
                "WRITE" => writers,
                var role => throw new ProtocolException($"Bolt: unknown routing role '{role}'."),
            };
            target.AddRange(addresses);
        }
        var expires = ttl >= (long.MaxValue - now) / 1000 ? long.MaxValue : now + Math.Max(0, ttl) * 1000;
        return new RoutingTable(rt.GetValueOrDefault("db") as string ?? askedDatabase, routers.Distinct().ToList(), readers.Distinct().ToList(), writers.Distinct().ToList(), expires);
    }

    /// <summary>Whether the table may still be used for work of this mode: not expired, has routers, has members of the role.</summary>
    public bool IsFreshFor(AccessMode mode, long now) =>
        now < ExpiresAt && Routers.Count > 0 && (mode == AccessMode.Read ? Readers.Count > 0 : Writers.Count > 0);

    public IReadOnlyList<string> For(AccessMode mode) => mode == AccessMode.Read ? Readers : Writers;

    /// <summary>The member is unreachable: it serves no role any more.</summary>
    public RoutingTable Forget(string address) => this with
    {
        Routers = Routers.Where(a => a != address).ToList(),
        Readers = Readers.Where(a => a != address).ToList(),
        Writers = Writers.Where(a => a != address).ToList(),
    };

    /// <summary>The member refused a write (not the leader, or read-only): it is no writer any more.</summary>
    public RoutingTable ForgetWriter(string address) => this with { Writers = Writers.Where(a => a != address).ToList() };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"RoutingTable {{db: {Database ?? "<home>"}, routers: [{string.Join(", ", Routers)}], readers: [{string.Join(", ", Readers)}], writers: [{string.Join(", ", Writers)}]}}");
}
