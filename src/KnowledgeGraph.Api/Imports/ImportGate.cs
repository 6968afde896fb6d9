namespace KnowledgeGraph.Api.Imports;

/// <summary>One import at a time on an instance: an import holds a whole graph in memory and its files on disk.</summary>
public sealed class ImportGate : IDisposable
{
    private readonly SemaphoreSlim _slot = new(1, 1);

    /// <summary>True when the slot is taken for the caller (release it with <see cref="Leave"/>); false when an import runs.</summary>
    public bool TryEnter() => _slot.Wait(0);

    public void Leave() => _slot.Release();

    public void Dispose() => _slot.Dispose();
}
