using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>The relationships' unique key: built with the seed rows in new files, kept as it is in older ones.</summary>
public sealed class GraphFileKeyTests
{
    [Fact]
    public async Task A_seeded_file_refuses_a_second_relationship_of_the_same_type_between_the_same_ends()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        await (await folder.OpenAsync()).DisposeAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(folder.FilePath,
            "INSERT INTO relationships SELECT type, start_id, end_id, properties FROM relationships LIMIT 1"));

        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Equal(1L, await UniqueIndexCountAsync(folder.FilePath));
    }

    [Fact]
    public async Task A_file_whose_table_already_has_the_key_as_a_constraint_gets_no_second_one()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(folder.FilePath)!);
        await ExecuteAsync(folder.FilePath, """
            CREATE TABLE relationships (
                type TEXT NOT NULL, start_id TEXT NOT NULL, end_id TEXT NOT NULL, properties TEXT NOT NULL,
                UNIQUE (type, start_id, end_id))
            """);

        await using (var store = await folder.OpenAsync())
        {
            Assert.NotEmpty(store.Data.Relationships);
        }

        Assert.Equal(1L, await UniqueIndexCountAsync(folder.FilePath));
    }

    private static async Task<long> UniqueIndexCountAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT count(*) FROM pragma_index_list('relationships') WHERE "unique" = 1""";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
