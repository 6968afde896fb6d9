namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// Applies change sets to a store. A change set is validated as a whole against the schema and the current graph,
/// then applied in one transaction, or refused with <see cref="WriteValidationException"/> and nothing written.
/// </summary>
public interface IGraphWriter
{
    /// <summary>Returns once the change is durable: a result means the write is committed.</summary>
    Task<WriteResult> ApplyAsync(ChangeSet changeSet, WriteContext context, CancellationToken cancellationToken);
}
