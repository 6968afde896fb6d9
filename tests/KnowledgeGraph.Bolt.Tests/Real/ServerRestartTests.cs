using System.Diagnostics;

namespace KnowledgeGraph.Bolt.Tests.Real;

[Collection(Neo4jRestartCollection.Name)]
public class ServerRestartTests
{
    [Fact]
    public async Task DriverRecoversAfterTheServerRestarts()
    {
        await using var driver = Neo4jFixture.CreateDriver(o => o.MaxTransactionRetryTime = TimeSpan.FromSeconds(90));
        await using (var warm = driver.Session())
            Assert.Equal(1L, (await (await warm.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);

        await RunNeo4jAsync("restart");

        await using var session = driver.Session();
        var value = await session.ExecuteReadAsync(async (tx, ct) =>
            (await (await tx.RunAsync("RETURN 42 AS x", cancellationToken: ct)).SingleAsync(ct)).Get<long>("x"));
        Assert.Equal(42L, value);
    }

    private static async Task RunNeo4jAsync(string command)
    {
        var start = new ProcessStartInfo(System.IO.Path.Combine(Neo4jFixture.Home, "bin", "neo4j"), command) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }
}
