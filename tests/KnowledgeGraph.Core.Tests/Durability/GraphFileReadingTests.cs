using KnowledgeGraph.Core.Store;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>Reading a seeded file back: what it tolerates (properties the schema dropped) and what it refuses.</summary>
public sealed class GraphFileReadingTests
{
    [Fact]
    public async Task A_property_the_schema_no_longer_declares_is_left_out_and_the_rest_is_read()
    {
        using var folder = await SeededFolderAsync();
        await ExecuteAsync(folder, "UPDATE nodes SET properties = json_set(properties, '$.retired', 'x', '$.alsoRetired', 3) WHERE id = 'ACT-A'");

        await using var store = await folder.OpenAsync();

        var actor = store.Data.Nodes.Single(n => n.Id == "ACT-A");
        Assert.DoesNotContain("retired", actor.Properties.Keys);
        Assert.DoesNotContain("alsoRetired", actor.Properties.Keys);
        Assert.Equal("ACT-A", actor.Properties["id"]);
        Assert.IsType<string>(actor.Properties["name"]);
    }

    [Theory]
    [InlineData("UPDATE nodes SET properties = '{\"name\": ' WHERE id = 'ACT-A'", "ACT-A")]
    [InlineData("UPDATE nodes SET properties = json_set(properties, '$.foundedYear', 'soon') WHERE id = 'ACT-A'", "foundedYear")]
    [InlineData("UPDATE nodes SET properties = json_set(properties, '$.kind', 'PIRATE') WHERE id = 'ACT-A'", "PIRATE")]
    [InlineData("UPDATE nodes SET label = 'Planet' WHERE id = 'ACT-A'", "Planet")]
    [InlineData("UPDATE relationships SET end_id = 'ACT-NOWHERE' WHERE rowid = (SELECT min(rowid) FROM relationships)", "ACT-NOWHERE")]
    [InlineData("UPDATE relationships SET type = 'LIKES' WHERE rowid = (SELECT min(rowid) FROM relationships)", "LIKES")]
    public async Task A_file_that_does_not_fit_the_schema_stops_the_open_with_its_code_and_the_culprit(string tamper, string culprit)
    {
        using var folder = await SeededFolderAsync();
        await ExecuteAsync(folder, tamper);

        var error = await Assert.ThrowsAsync<StoreException>(() => folder.OpenAsync());

        Assert.Equal("STORE_FILE_INVALID", error.Code);
        Assert.Contains(culprit, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relationships_without_properties_share_one_empty_map_and_their_ends_share_the_node_ids()
    {
        using var folder = await SeededFolderAsync();

        await using var store = await folder.OpenAsync();

        var plain = store.Data.Relationships.Where(r => r.Properties.Count == 0).ToList();
        Assert.True(plain.Count > 1);
        Assert.All(plain, r => Assert.Same(plain[0].Properties, r.Properties));
        var nodes = store.Data.Nodes.ToDictionary(n => n.Id);
        Assert.All(store.Data.Relationships, r => Assert.Same(nodes[r.StartId].Id, r.StartId));
    }

    private static async Task<TempStoreFolder> SeededFolderAsync()
    {
        var folder = await TempStoreFolder.CreateAsync();
        await (await folder.OpenAsync()).DisposeAsync();
        return folder;
    }

    private static async Task ExecuteAsync(TempStoreFolder folder, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={folder.FilePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
