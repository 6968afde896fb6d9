using GraphQL;
using KnowledgeGraph.Bolt;

namespace KnowledgeGraph.Api.Bookmarks;

/// <summary>
/// Read-your-writes across API instances on a Neo4j cluster: a request may send the bookmark of a write it saw in the
/// <c>KG-Bookmark</c> header (several: comma-separated or repeated); the Neo4j store makes its reads and writes wait
/// for them, and a response that committed a write carries the new bookmark in <c>extensions.bookmark</c>. Other
/// stores ignore the header and answer no bookmark.
/// </summary>
public static class BookmarkHeader
{
    public const string Name = "KG-Bookmark";
    public const string ExtensionKey = "bookmark";
    public const string ErrorCode = "BAD_BOOKMARK";
    private const int MaxBookmarks = 16;
    private const int MaxLength = 1024;

    /// <summary>Executes the request in a bookmark scope begun from the request's header.</summary>
    public static async Task<ExecutionResult> ExecuteAsync(HttpContext context, IDocumentExecuter executer, ExecutionOptions options)
    {
        var bookmarks = Parse(context.Request.Headers[Name]);
        if (bookmarks is null)
        {
            return new ExecutionResult
            {
                Errors = [new ExecutionError($"The {Name} header must hold at most {MaxBookmarks} bookmarks of printable ASCII without spaces or commas, each at most {MaxLength} characters.") { Code = ErrorCode }],
            };
        }
        using var scope = BookmarkScope.Begin(bookmarks);
        var result = await executer.ExecuteAsync(options);
        if (scope.LastCommitted is { } bookmark)
        {
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions[ExtensionKey] = bookmark;
        }
        return result;
    }

    /// <summary>The bookmarks of the header values; null when one is malformed or there are too many.</summary>
    public static IReadOnlyList<string>? Parse(IEnumerable<string?> values)
    {
        var bookmarks = new List<string>();
        foreach (var value in values)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length > MaxLength || part.Any(c => c is <= ' ' or > '~')) return null;
                bookmarks.Add(part);
            }
        }
        return bookmarks.Count <= MaxBookmarks ? bookmarks : null;
    }
}
