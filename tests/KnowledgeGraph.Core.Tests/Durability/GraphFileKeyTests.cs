using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>
/// The relationships' unique key (type, ends, identifying values in the key column): built with the seed rows in new
/// files; older files, keyed by type and ends only (a constraint or an index), are rewritten to it when opened.
/// </summary>
public sealed class GraphFileKeyTests
{
    [Fact]
    public async Task A_seeded_file_refuses_a_second_row_with_the_same_key_and_takes_a_parallel_one()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await (await folder.OpenAsync()).DisposeAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(folder.FilePath,
            "INSERT INTO relationships SELECT * FROM relationships WHERE type = 'PARTICIPATES_IN' LIMIT 1"));
        await ExecuteAsync(folder.FilePath,
            """INSERT INTO relationships SELECT type, start_id, end_id, properties, '["FUNDER",null]' FROM relationships WHERE type = 'PARTICIPATES_IN' LIMIT 1""");

        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Equal(1L, await UniqueIndexCountAsync(folder.FilePath));
        Assert.Equal("type,start_id,end_id,key", await ScalarAsync(folder.FilePath,
            "SELECT group_concat(name) FROM (SELECT name FROM pragma_index_info('relationships_key') ORDER BY seqno)"));
    }

    [Theory]
    [InlineData("UNIQUE (type, start_id, end_id)", "")]
    [InlineData("", "CREATE UNIQUE INDEX relationships_key ON relationships (type, start_id, end_id)")]
    public async Task A_file_keyed_by_type_and_ends_only_gets_the_key_column_and_one_unique_index(string constraint, string index)
    {
        using var folder = await TempStoreFolder.CreateAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(folder.FilePath)!);
        await ExecuteAsync(folder.FilePath, $"""
            CREATE TABLE relationships (
                type TEXT NOT NULL, start_id TEXT NOT NULL, end_id TEXT NOT NULL, properties TEXT NOT NULL{(constraint.Length > 0 ? ", " + constraint : "")});
            {index};
            """);

        await using (var store = await folder.OpenAsync())
        {
            Assert.NotEmpty(store.Data.Relationships);
        }

        Assert.Equal(1L, await UniqueIndexCountAsync(folder.FilePath));
        Assert.Equal("""["PARTNER",2019]""", await ScalarAsync(folder.FilePath, "SELECT key FROM relationships WHERE type = 'PARTICIPATES_IN'"));
    }

    private static async Task<long> UniqueIndexCountAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT count(*) FROM pragma_index_list('relationships') WHERE "unique" = 1""";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    internal static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
