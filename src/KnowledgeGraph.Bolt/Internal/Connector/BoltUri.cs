using System.Globalization;

namespace KnowledgeGraph.Bolt.Internal.Connector;

/// <summary>
/// A parsed driver URI: host, port, TLS mode and whether it routes (<c>neo4j://</c> family). The query string of a
/// routing URI is the routing context sent to the cluster (HELLO and ROUTE); a direct URI takes none.
/// </summary>
internal sealed record BoltUri(string Host, int Port, TlsMode Tls, bool Routing, IReadOnlyDictionary<string, string> RoutingContext)
{
    public const int DefaultPort = 7687;

    public static BoltUri Parse(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
            throw new ArgumentException($"'{text}' is not a valid URI.", nameof(text));
        var (tls, routing) = uri.Scheme.ToLowerInvariant() switch
        {
            "bolt" => (TlsMode.None, false),
            "bolt+s" => (TlsMode.SystemTrust, false),
            "bolt+ssc" => (TlsMode.TrustAnyCertificate, false),
            "neo4j" => (TlsMode.None, true),
            "neo4j+s" => (TlsMode.SystemTrust, true),
            "neo4j+ssc" => (TlsMode.TrustAnyCertificate, true),
            _ => throw new ArgumentException(
                $"Unsupported URI scheme '{uri.Scheme}': use bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc://.", nameof(text)),
        };
        var context = ParseQuery(uri.Query);
        if (!routing && context.Count > 0)
            throw new ArgumentException($"A routing context (the query string of '{text}') needs a neo4j:// URI.", nameof(text));
        if (context.ContainsKey("address"))
            throw new ArgumentException("The routing context may not set 'address': the driver sets it to the URI's host and port.", nameof(text));
        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.Host;
        return new BoltUri(host, uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port, tls, routing, context);
    }

    /// <summary>The same settings for another member of the cluster ("host:port" as a routing table lists it).</summary>
    public BoltUri ForAddress(string address)
    {
        var (host, port) = SplitAddress(address);
        return this with { Host = host, Port = port };
    }

    public static (string Host, int Port) SplitAddress(string address)
    {
        if (address.StartsWith('['))
        {
            var close = address.IndexOf(']');
            if (close < 0) throw new ProtocolException($"Bolt: invalid server address '{address}'.");
            var rest = address[(close + 1)..];
            return (address[1..close], rest.StartsWith(':') ? ParsePort(address, rest[1..]) : DefaultPort);
        }
        var colon = address.LastIndexOf(':');
        if (colon < 0) return (address, DefaultPort);
        if (address.IndexOf(':') != colon) return (address, DefaultPort); // a bare IPv6 address
        return (address[..colon], ParsePort(address, address[(colon + 1)..]));
    }

    private static int ParsePort(string address, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new ProtocolException($"Bolt: invalid port in server address '{address}'.");

    /// <summary>The "routing" map of HELLO and ROUTE: the URI's query entries plus the address first asked for.</summary>
    public Dictionary<string, object?> RoutingMap()
    {
        var map = new Dictionary<string, object?> { ["address"] = ToString() };
        foreach (var (key, value) in RoutingContext) map[key] = value;
        return map;
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var context = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0 || equals == pair.Length - 1)
                throw new ArgumentException($"Invalid routing context entry '{pair}': expected key=value.", nameof(query));
            var key = Uri.UnescapeDataString(pair[..equals]);
            if (!context.TryAdd(key, Uri.UnescapeDataString(pair[(equals + 1)..])))
                throw new ArgumentException($"The routing context sets '{key}' twice.", nameof(query));
        }
        return context;
    }

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}

internal enum TlsMode
{
    None,
    SystemTrust,
    TrustAnyCertificate,
}
