using System.Globalization;

namespace KnowledgeGraph.Api.Caching;

/// <summary>The data version of a single instance (Memory and Off modes): an in-process counter.</summary>
public sealed class LocalDataVersion : IDataVersion
{
    private long version;

    public string Current => Interlocked.Read(ref version).ToString(CultureInfo.InvariantCulture);

    public ValueTask<string> GetCurrentAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Current);

    public Task BumpAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref version);
        return Task.CompletedTask;
    }
}
