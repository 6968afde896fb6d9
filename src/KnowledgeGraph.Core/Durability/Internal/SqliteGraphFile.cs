using KnowledgeGraph.Core.Store;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Durability.Internal;

/// <summary>
/// The SQLite file: one connection held for the store's lifetime, in WAL mode with synchronous=FULL (a commit is
/// on disk when it returns) and exclusive locking (no second process can open the file and diverge from us).
/// A relationship row's key is (type, start_id, end_id, key), <c>key</c> holding its identifying values
/// (<see cref="RelationshipKeyText"/>), so parallel relationships are rows of their own. The unique index is made by the
/// seeding transaction once its rows are in (<see cref="GraphFileTransaction.EnsureRelationshipKeyAsync"/>): one sorted
/// build instead of a million random index inserts. Files made before, keyed by type and ends only, are rewritten
/// to this layout when opened (<see cref="RelationshipKeyMigration"/>).
/// </summary>
internal sealed class SqliteGraphFile : IAsyncDisposable
{
    public const string LockedCode = "STORE_LOCKED";

    /// <summary>The file (or its folder, where the write-ahead log goes) cannot be written.</summary>
    public const string ReadOnlyCode = "STORE_FILE_READONLY";

    /// <summary>The file cannot be opened or created at all (missing folder rights, I/O error, no space left).</summary>
    public const string UnavailableCode = "STORE_FILE_UNAVAILABLE";

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS nodes (id TEXT NOT NULL UNIQUE, label TEXT NOT NULL, properties TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS relationships (
            type TEXT NOT NULL, start_id TEXT NOT NULL, end_id TEXT NOT NULL, properties TEXT NOT NULL, key TEXT NOT NULL DEFAULT '');
        CREATE TABLE IF NOT EXISTS audit (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, who TEXT NOT NULL,
            data_version INTEGER NOT NULL, summary TEXT NOT NULL);
        """;

    /// <summary>The relationships table's unique index.</summary>
    public const string RelationshipKeyIndex = "CREATE UNIQUE INDEX relationships_key ON relationships (type, start_id, end_id, key)";

    /// <summary>The statement that creates the relationships table (as <see cref="Ddl"/> does) under another name.</summary>
    public static string RelationshipsTable(string name) =>
        $"CREATE TABLE {name} (type TEXT NOT NULL, start_id TEXT NOT NULL, end_id TEXT NOT NULL, properties TEXT NOT NULL, key TEXT NOT NULL DEFAULT '')";

    private SqliteGraphFile(SqliteConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    public SqliteConnection Connection { get; }

    public string Path { get; }

    public static async Task<SqliteGraphFile> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        EnsureWritable(fullPath);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 2,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Exclusive locking before WAL: SQLite then keeps the WAL index in memory, not in a shared -shm file.
            await ExecuteAsync(connection, "PRAGMA locking_mode = EXCLUSIVE;", cancellationToken);
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
            await ExecuteAsync(connection, "PRAGMA synchronous = FULL;", cancellationToken);
            await ExecuteAsync(connection, "BEGIN EXCLUSIVE; " + Ddl + " COMMIT;", cancellationToken);
            return new SqliteGraphFile(connection, fullPath);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            await connection.DisposeAsync();
            throw new StoreException(LockedCode, $"The graph file {fullPath} is in use by another process.", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 8) // SQLITE_READONLY
        {
            await connection.DisposeAsync();
            throw new StoreException(ReadOnlyCode,
                $"The graph file {fullPath} (or its folder, which holds the write-ahead log) is read-only: {e.Message}", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 10 or 13 or 14) // SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
        {
            await connection.DisposeAsync();
            throw new StoreException(UnavailableCode, $"The graph file {fullPath} cannot be opened for writing: {e.Message}", e);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// SQLite opens a file it may not write read-only and fails later, at the first write, with a raw error: an existing
    /// file that cannot be opened for writing (permissions, a read-only file system, even for root) is refused here.
    /// </summary>
    private static void EnsureWritable(string fullPath)
    {
        if (!File.Exists(fullPath))
            return;
        try
        {
            using var probe = new FileStream(fullPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new StoreException(ReadOnlyCode, $"The graph file {fullPath} cannot be opened for writing ({e.Message}).", e);
        }
    }

    public async Task<string?> ReadMetaAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
