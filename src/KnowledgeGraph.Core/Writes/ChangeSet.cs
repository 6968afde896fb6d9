namespace KnowledgeGraph.Core.Writes;

/// <summary>An ordered list of operations applied all together or not at all; later operations see earlier ones.</summary>
public sealed record ChangeSet(IReadOnlyList<WriteOperation> Operations)
{
    public static ChangeSet Of(params WriteOperation[] operations) => new(operations);
}
