namespace KnowledgeGraph.Bolt;

/// <summary>
/// The bookmarks of one logical request, carried across the code that runs it (an async-local scope): code that opens
/// Bolt sessions starts them from <see cref="Bookmarks"/> (so a read waits for the writes the caller has seen, on any
/// cluster member) and reports the bookmark of what it committed with <see cref="Record"/>. The API begins a scope
/// per request from the client's bookmark header and returns <see cref="LastCommitted"/> to it.
/// </summary>
public sealed class BookmarkScope : IDisposable
{
    private static readonly AsyncLocal<BookmarkScope?> Ambient = new();
    private readonly BookmarkScope? _parent;
    private readonly object _gate = new();
    private IReadOnlyList<string> _bookmarks;
    private bool _disposed;

    private BookmarkScope(IReadOnlyList<string> bookmarks, BookmarkScope? parent)
    {
        _bookmarks = bookmarks;
        _parent = parent;
    }

    /// <summary>The scope of the running request, if one was begun.</summary>
    public static BookmarkScope? Current => Ambient.Value;

    /// <summary>Begins a scope for the calling flow (and what it awaits); dispose it at the end of the request.</summary>
    public static BookmarkScope Begin(IEnumerable<string>? bookmarks = null)
    {
        var scope = new BookmarkScope(bookmarks?.ToArray() ?? [], Ambient.Value);
        Ambient.Value = scope;
        return scope;
    }

    /// <summary>The bookmarks work in this scope must wait for: the client's, then those of the work committed here.</summary>
    public IReadOnlyList<string> Bookmarks
    {
        get
        {
            lock (_gate) return _bookmarks;
        }
    }

    /// <summary>The bookmark of the last transaction committed in this scope, null when nothing was committed.</summary>
    public string? LastCommitted { get; private set; }

    /// <summary>Work in this scope committed: later work waits for it, and the client can be told.</summary>
    public void Record(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0) return;
        lock (_gate)
        {
            _bookmarks = bookmarks.ToArray();
            LastCommitted = bookmarks[^1];
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (ReferenceEquals(Ambient.Value, this)) Ambient.Value = _parent;
    }
}
