using KnowledgeGraph.Api.Tests.Durability;
using KnowledgeGraph.Api.Tests.Mutations;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Faults;

/// <summary>
/// The durable embedded store on a disk of the test's own (a small tmpfs): filled up under a mixed load, and made
/// read-only. Writes are refused with a code, nothing acknowledged is lost, reads keep working, and a read-only file
/// stops start-up with STORE_FILE_READONLY instead of a crash.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class DiskFaultTests(ITestOutputHelper output) : IDisposable
{
    private readonly CuratedSeedCopy seed = new();
    private readonly TmpfsMount disk = TmpfsMount.Create(24 * 1024 * 1024);

    private string DataFile => Path.Combine(disk.Path, "graph.db");

    [Fact]
    public async Task A_full_disk_refuses_writes_with_a_code_keeps_answering_reads_and_loses_nothing()
    {
        var settings = FaultApi.Settings(seed.Root, DataFile);
        MixedLoad load;
        int refusedWhileFull, acknowledgedAfterFreeing;
        await using (var api = await ApiProcess.StartAsync(settings, TimeSpan.FromSeconds(120)))
        {
            load = new MixedLoad(api.Address, FaultApi.EditorKey, "ACT-FAULT-DISK");
            using var stop = new CancellationTokenSource();
            var running = load.RunAsync(writers: 2, readers: 2, stop.Token);
            await Task.Delay(2000);

            var filler = disk.Fill();
            var deadline = DateTime.UtcNow.AddSeconds(40);
            while (load.RefusedWrites.Count < 3 && DateTime.UtcNow < deadline)
                await Task.Delay(100);
            refusedWhileFull = load.RefusedWrites.Count;
            var readsWhileFull = load.Reads;
            await Task.Delay(1000);
            Assert.True(load.Reads > readsWhileFull, "reads stopped while the disk was full");

            File.Delete(filler);
            var acknowledged = load.Acknowledged.Count;
            deadline = DateTime.UtcNow.AddSeconds(30);
            while (load.Acknowledged.Count < acknowledged + 3 && DateTime.UtcNow < deadline)
                await Task.Delay(100);
            acknowledgedAfterFreeing = load.Acknowledged.Count - acknowledged;
            await stop.CancelAsync();
            await running;
            api.Kill();
            output.WriteLine($"acknowledged {load.Acknowledged.Count}, refused {load.RefusedWrites.Count} " +
                             $"({string.Join(" | ", load.RefusedWrites.Distinct().Take(3))}), reads {load.Reads}");
        }

        Assert.Empty(load.Problems);
        Assert.Empty(load.RefusedReads);
        Assert.True(refusedWhileFull > 0, "no write was refused while the disk was full");
        Assert.True(acknowledgedAfterFreeing > 0, "writes did not resume once space was freed");
        // Restarted on the same file: every acknowledged write is there.
        await using var again = await ApiProcess.StartAsync(FaultApi.Settings(seed.Root, DataFile), TimeSpan.FromSeconds(120));
        Assert.Empty(await FaultApi.MissingAsync(again.Address, load.Acknowledged.ToList()));
    }

    [Fact]
    public async Task A_read_only_data_file_stops_start_up_with_STORE_FILE_READONLY_and_keeps_the_file()
    {
        var settings = FaultApi.Settings(seed.Root, DataFile);
        await using (var api = await ApiProcess.StartAsync(settings, TimeSpan.FromSeconds(120)))
        {
            using var client = new HttpClient { BaseAddress = api.Address };
            var id = $"ACT-FAULT-RO-{GraphQLClient.Unique()}";
            await GraphQLClient.DataAsync(client,
                $$"""mutation { createActor(input: { id: "{{id}}", name: "Read-only test", kind: COMPANY, source: "FAULT-TEST" }) { nodesCreatedCount } }""",
                apiKey: FaultApi.EditorKey);
            api.Kill();
        }
        var bytes = Directory.GetFiles(disk.Path).ToDictionary(file => Path.GetFileName(file), file => new FileInfo(file).Length);
        disk.RemountReadOnly();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ApiProcess.StartAsync(settings, TimeSpan.FromSeconds(120)));

        output.WriteLine(refused.Message);
        Assert.Contains("exited with 1", refused.Message);
        Assert.Contains("STORE_FILE_READONLY", refused.Message);
        Assert.DoesNotContain("   at ", refused.Message); // the reason, without a stack trace
        Assert.Equal(bytes, Directory.GetFiles(disk.Path).ToDictionary(file => Path.GetFileName(file), file => new FileInfo(file).Length));
    }

    public void Dispose()
    {
        disk.Dispose();
        seed.Dispose();
    }
}
