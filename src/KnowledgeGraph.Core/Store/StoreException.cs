namespace KnowledgeGraph.Core.Store;

/// <summary>A store failure with a stable code that the API reports as <c>extensions.code</c>.</summary>
public class StoreException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}

/// <summary>A request the store refuses: an unknown id in a filter, a malformed cursor…</summary>
public sealed class InvalidQueryException(string code, string message) : StoreException(code, message);
