using System.Diagnostics;
using KnowledgeGraph.Core.Durability;
using KnowledgeGraph.Core.Tests.Seed;

namespace KnowledgeGraph.Core.Tests.Durability;

/// <summary>
/// A real child process writes in a loop and is killed with SIGKILL in the middle of it; the reopened file must
/// hold every acknowledged write and no part of an unacknowledged one.
/// </summary>
public sealed class CrashTests
{
    private const int Rounds = 5;

    [Fact]
    public async Task A_killed_writer_loses_no_acknowledged_write_and_leaves_no_partial_one()
    {
        using var folder = await TempStoreFolder.CreateAsync();
        var crasher = await CrasherBuild.GetAsync();
        var acknowledged = new List<string>();
        var random = new Random(20250301);

        for (var round = 0; round < Rounds; round++)
        {
            acknowledged.AddRange(await RunAndKillAsync(
                crasher, [folder.FilePath, folder.SeedSet], killAfter: 5 + random.Next(20), TimeSpan.FromMilliseconds(random.Next(60)), TimeSpan.FromSeconds(60)));

            await using var store = await folder.OpenAsync();
            AssertWholeWrites(store, acknowledged);
        }
    }

    /// <summary>
    /// Starts the crasher on <paramref name="crasherArguments"/> (the graph file, then seed sets), reads its
    /// acknowledgements until <paramref name="killAfter"/> of them (waiting up to <paramref name="patience"/>), waits
    /// <paramref name="delay"/>, SIGKILLs it and returns every write it acknowledged.
    /// </summary>
    internal static async Task<List<string>> RunAndKillAsync(
        string crasherDll, IReadOnlyList<string> crasherArguments, int killAfter, TimeSpan delay, TimeSpan patience)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { crasherDll }.Concat(crasherArguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var acks = new List<string>();
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            while (acks.Count < killAfter && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("ACK ", StringComparison.Ordinal))
                {
                    acks.Add(line[4..]);
                }
            }
        }
        finally
        {
            // A random delay after an acknowledgement, so that the kill lands anywhere in the next write.
            await Task.Delay(delay, CancellationToken.None);
            process.Kill(); // SIGKILL on Unix: no finally blocks, no disposal, no flush in the child
            await process.WaitForExitAsync(CancellationToken.None);
        }

        // Writes acknowledged between our last read and the kill count too (whole lines only).
        var rest = await process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        acks.AddRange(rest.Split('\n')[..^1].Where(l => l.StartsWith("ACK ", StringComparison.Ordinal)).Select(l => l[4..].Trim()));
        Assert.True(acks.Count >= killAfter, $"The crasher acknowledged {acks.Count} write(s): {await process.StandardError.ReadToEndAsync()}");
        return acks;
    }

    private static void AssertWholeWrites(DurableGraphStore store, List<string> acknowledged)
    {
        var nodes = store.Data.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var links = store.Data.Relationships
            .Where(r => r.Definition.Type == "PARTICIPATES_IN")
            .Select(r => (r.StartId, r.EndId))
            .ToHashSet();
        Assert.All(acknowledged, id => Assert.Contains(id, nodes));

        var actors = nodes.Where(id => id.StartsWith("ACT-CRASH-", StringComparison.Ordinal)).ToList();
        var alliances = nodes.Where(id => id.StartsWith("ALL-CRASH-", StringComparison.Ordinal)).ToList();
        Assert.Equal(actors.Count, alliances.Count);
        Assert.All(actors, id => Assert.Contains((id, "ALL-" + id[4..]), links));
        // One write per change set: the data version counts the change sets, at most one more than acknowledged
        // per kill (committed, then killed before printing).
        Assert.Equal(store.DataVersion, actors.Count);
        Assert.InRange(actors.Count, acknowledged.Count, acknowledged.Count + Rounds);
    }
}
