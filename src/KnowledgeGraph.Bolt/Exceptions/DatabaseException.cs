namespace KnowledgeGraph.Bolt;

/// <summary>The database failed to process a valid request (<c>Neo.DatabaseError.*</c>).</summary>
public sealed class DatabaseException : BoltException
{
    public DatabaseException(string? code, string message) : base(code, message) { }
}
