namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>Waits for a condition another thread or process makes true, polling every 10 ms, and fails with a message past a deadline.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string failure, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(10);
        }
    }
}
