namespace KnowledgeGraph.Bolt.Internal.Connector;

/// <summary>A parsed bolt URI: host, port, and TLS mode from the scheme.</summary>
internal sealed record BoltUri(string Host, int Port, TlsMode Tls)
{
    public const int DefaultPort = 7687;

    public static BoltUri Parse(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
            throw new ArgumentException($"'{text}' is not a valid URI.", nameof(text));
        var tls = uri.Scheme.ToLowerInvariant() switch
        {
            "bolt" => TlsMode.None,
            "bolt+s" => TlsMode.SystemTrust,
            "bolt+ssc" => TlsMode.TrustAnyCertificate,
            "neo4j" or "neo4j+s" or "neo4j+ssc" =>
                throw new NotSupportedException("neo4j:// (cluster routing) is not supported yet: use bolt://, bolt+s:// or bolt+ssc://."),
            _ => throw new ArgumentException($"Unsupported URI scheme '{uri.Scheme}'.", nameof(text)),
        };
        return new BoltUri(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port, tls);
    }

    public override string ToString() => $"{Host}:{Port}";
}

internal enum TlsMode
{
    None,
    SystemTrust,
    TrustAnyCertificate,
}
