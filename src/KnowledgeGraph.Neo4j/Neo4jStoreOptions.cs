namespace KnowledgeGraph.Neo4j;

/// <summary>Where the Neo4j store connects. <see cref="ToString"/> never shows the password.</summary>
public sealed class Neo4jStoreOptions
{
    public string Uri { get; set; } = "bolt://localhost:7687";

    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = "";

    /// <summary>The database (Neo4j 4+); null for the server's default. Neo4j 3.x has one database and ignores it.</summary>
    public string? Database { get; set; }

    public override string ToString() => $"Neo4jStoreOptions {{ Uri = {Uri}, User = {User}, Password = ******, Database = {Database ?? "(default)"} }}";
}
