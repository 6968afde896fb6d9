using KnowledgeGraph.Api.Tests.Mutations;

namespace KnowledgeGraph.Api.Tests.Durability;

public sealed class StoreLockedTests : IDisposable
{
    private readonly CuratedSeedCopy seed = new();
    private readonly string dataFile = Path.Combine(Path.GetTempPath(), "kg-kill-tests", $"{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_second_process_on_the_same_data_file_stops_with_STORE_LOCKED()
    {
        var settings = new Dictionary<string, string> { ["KnowledgeGraph:SeedDirectory"] = seed.Root, ["KnowledgeGraph:DataFile"] = dataFile };
        await using var first = await ApiProcess.StartAsync(settings, TimeSpan.FromSeconds(90));
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ApiProcess.StartAsync(settings, TimeSpan.FromSeconds(90)));
        Assert.Contains("exited with 1", refused.Message);
        Assert.Contains("STORE_LOCKED", refused.Message);
        Assert.DoesNotContain("   at ", refused.Message); // the reason, without a stack trace
    }

    public void Dispose()
    {
        seed.Dispose();
        foreach (var file in new[] { dataFile, dataFile + "-wal" })
            if (File.Exists(file))
                File.Delete(file);
    }
}
