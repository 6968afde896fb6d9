namespace KnowledgeGraph.Bolt;

/// <summary>What the server said about itself at connect: its agent string (e.g. "Neo4j/3.1.1") and the Bolt version spoken.</summary>
public sealed record ServerInfo(string Address, string Agent, BoltProtocolVersion ProtocolVersion)
{
    /// <summary>The server's hint <c>ssr.enabled</c> (HELLO's SUCCESS): it routes queries for a wrong database itself.</summary>
    public bool ServerSideRouting { get; init; }

    /// <summary>The product version from the agent ("3.1.1" for "Neo4j/3.1.1"), when it parses.</summary>
    public Version? Version
    {
        get
        {
            var text = Agent.Split('/').ElementAtOrDefault(1)?.Split('-', ' ')[0];
            return Version.TryParse(text, out var version) ? version : null;
        }
    }
}
