namespace KnowledgeGraph.Core.Store;

/// <summary>A store failure with a stable code that the API reports as <c>extensions.code</c>.</summary>
public class StoreException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;

    /// <summary>
    /// More for the client beside the code (e.g. <c>suggestions</c>, <c>candidates</c>): written into the error's
    /// <c>extensions</c> as they are (JSON-serialisable values only). Null when there is nothing more.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}

/// <summary>A request the store refuses: an unknown id in a filter, a malformed cursor…</summary>
public sealed class InvalidQueryException(string code, string message) : StoreException(code, message);
