namespace KnowledgeGraph.Bolt.Tests.Real;

[Collection(Neo4jCollection.Name)]
public class StreamingTests(Neo4jFixture fixture)
{
    [Fact]
    public async Task StreamsAHundredThousandRows()
    {
        await using var session = fixture.Driver.Session();
        var result = await session.RunAsync("UNWIND range(1, 150000) AS i RETURN i");
        long count = 0, sum = 0;
        await foreach (var record in result)
        {
            count++;
            sum += (long)record[0]!;
        }
        Assert.Equal((150_000L, 150_000L * 150_001 / 2), (count, sum));
        Assert.Equal("r", result.Summary!.QueryType);
    }

    [Fact]
    public async Task CancelledStreamLeavesThePoolUsable()
    {
        await using var driver = Neo4jFixture.CreateDriver(o => o.MaxConnectionPoolSize = 1);
        await using (var session = driver.Session())
        {
            using var cts = new CancellationTokenSource();
            var result = await session.RunAsync("UNWIND range(1, 2000000) AS i RETURN i");
            var read = 0;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var _ in result.WithCancellation(cts.Token))
                    if (++read == 1000) await cts.CancelAsync();
            });
        }
        await using var again = driver.Session();
        Assert.Equal(7L, (await (await again.RunAsync("RETURN 7 AS x")).SingleAsync())["x"]);
    }

    [Fact]
    public async Task ConsumeDiscardsUnreadRecords()
    {
        await using var session = fixture.Driver.Session();
        var summary = await (await session.RunAsync("UNWIND range(1, 10000) AS i RETURN i")).ConsumeAsync();
        Assert.Equal("r", summary.QueryType);
        Assert.Equal(3L, (await (await session.RunAsync("RETURN 3 AS x")).SingleAsync())["x"]);
    }
}
