namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>
/// The Redis shared by tests that do not stop it: REDIS_TEST_CONNECTION (set by ./test.sh) or, when unset, a
/// redis-server of the fixture's own. Tests isolate themselves with a key prefix of their own.
/// </summary>
public sealed class TestRedis : IAsyncLifetime
{
    private RedisServerProcess? own;

    public string ConnectionString { get; private set; } = "";

    public static string UniquePrefix() => $"kg-test-{Guid.NewGuid():N}:";

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("REDIS_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            return;
        }
        own = new RedisServerProcess();
        await own.StartAsync();
        ConnectionString = own.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (own is not null)
            await own.DisposeAsync();
    }
}
