using System.Globalization;

namespace KnowledgeGraph.Api.Caching;

/// <summary>The data version of a single instance (Memory and Off modes): an in-process counter.</summary>
public sealed class LocalDataVersion : IDataVersion
{
    private readonly Lock gate = new();
    private long version;
    // Kept as text: every cached request reads it, only a write changes it.
    private string current = "0";

    public string Current => Volatile.Read(ref current);

    public bool IsTrusted => true;

    public event Action<string>? Changed;

    public Task BumpAsync(CancellationToken cancellationToken)
    {
        string next;
        lock (gate)
            Volatile.Write(ref current, next = (++version).ToString(CultureInfo.InvariantCulture));
        Changed?.Invoke(next);
        return Task.CompletedTask;
    }
}
