namespace KnowledgeGraph.Bolt.Tests.Real;

[Collection(Neo4jCollection.Name)]
public class TransactionTests(Neo4jFixture fixture)
{
    [Fact]
    public async Task CommittedWritesAreVisibleAndRolledBackOnesAreNot()
    {
        var label = Neo4jFixture.UniqueLabel();
        await using var session = fixture.Driver.Session();
        try
        {
            await using (var tx = await session.BeginTransactionAsync())
            {
                await (await tx.RunAsync($"CREATE (:{label} {{v: 1}})")).ConsumeAsync();
                await tx.CommitAsync();
            }
            await using (var tx = await session.BeginTransactionAsync())
            {
                await (await tx.RunAsync($"CREATE (:{label} {{v: 2}})")).ConsumeAsync();
                await tx.RollbackAsync();
            }
            await using (var tx = await session.BeginTransactionAsync())
                await (await tx.RunAsync($"CREATE (:{label} {{v: 3}})")).ConsumeAsync(); // disposed without commit

            var values = await (await session.RunAsync($"MATCH (n:{label}) RETURN n.v AS v")).ToListAsync();
            Assert.Equal([1L], values.Select(r => r["v"]));
        }
        finally
        {
            await fixture.DeleteLabelAsync(label);
        }
    }

    [Fact]
    public async Task TwoOpenResultsInOneTransactionAreBothReadable()
    {
        await using var session = fixture.Driver.Session();
        await using var tx = await session.BeginTransactionAsync();
        var first = await tx.RunAsync("UNWIND range(1, 5) AS x RETURN x");
        var second = await tx.RunAsync("RETURN 'second' AS s");
        Assert.Equal("second", (await second.SingleAsync())["s"]);
        Assert.Equal(5, (await first.ToListAsync()).Count);
        await tx.CommitAsync();
    }

    [Fact]
    public async Task FailureThenRecoveryOnTheSameSession()
    {
        await using var driver = Neo4jFixture.CreateDriver(o => o.MaxConnectionPoolSize = 1);
        await using var session = driver.Session();
        var syntax = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN $"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", syntax.Code);
        var runtime = await session.RunAsync("UNWIND [1, 0] AS x RETURN 1 / x AS y");
        await Assert.ThrowsAsync<ClientException>(() => runtime.ToListAsync());
        Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);

        await using var tx = await session.BeginTransactionAsync();
        await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync("RETURN nope"));
        await Assert.ThrowsAsync<ClientException>(() => tx.CommitAsync());
        await tx.DisposeAsync();
        Assert.Equal(2L, (await (await session.RunAsync("RETURN 2 AS x")).SingleAsync())["x"]);
    }

    [Fact]
    public async Task ManagedWriteCommitsAndReturnsItsValue()
    {
        var label = Neo4jFixture.UniqueLabel();
        await using var session = fixture.Driver.Session();
        try
        {
            var created = await session.ExecuteWriteAsync(async (tx, ct) =>
            {
                var summary = await (await tx.RunAsync($"CREATE (:{label}), (:{label})", cancellationToken: ct)).ConsumeAsync(ct);
                return summary.Counter("nodes-created");
            });
            Assert.Equal(2, created);
            var count = await session.ExecuteReadAsync(async (tx, ct) =>
                (await (await tx.RunAsync($"MATCH (n:{label}) RETURN count(n) AS c", cancellationToken: ct)).SingleAsync(ct)).Get<long>("c"));
            Assert.Equal(2L, count);
        }
        finally
        {
            await fixture.DeleteLabelAsync(label);
        }
    }

    [Fact]
    public async Task ManagedTransactionRetriesTransientErrors()
    {
        var attempts = 0;
        await using var session = fixture.Driver.Session();
        var value = await session.ExecuteWriteAsync<int>(async (tx, ct) =>
        {
            await (await tx.RunAsync("RETURN 1", cancellationToken: ct)).ConsumeAsync(ct);
            if (++attempts < 3) throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "simulated by the test");
            return attempts;
        });
        Assert.Equal(3, value);
    }

    [Fact]
    public async Task ManagedTransactionDoesNotRetryClientErrors()
    {
        var attempts = 0;
        await using var session = fixture.Driver.Session();
        await Assert.ThrowsAsync<ClientException>(() => session.ExecuteWriteAsync<int>(async (tx, ct) =>
        {
            attempts++;
            await (await tx.RunAsync("RETURN nope", cancellationToken: ct)).ConsumeAsync(ct);
            return 0;
        }));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task BookmarkFromACommitIsKept()
    {
        await using var session = fixture.Driver.Session();
        await using var tx = await session.BeginTransactionAsync();
        await (await tx.RunAsync("RETURN 1")).ConsumeAsync();
        await tx.CommitAsync();
        Assert.NotEmpty(session.LastBookmarks);
        await using var chained = fixture.Driver.Session(new SessionOptions { Bookmarks = session.LastBookmarks });
        await using var next = await chained.BeginTransactionAsync();
        await next.CommitAsync();
    }
}
