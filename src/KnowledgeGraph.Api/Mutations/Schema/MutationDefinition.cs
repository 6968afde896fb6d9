using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Mutations.Schema;

/// <summary>
/// One generated mutation: its field name, arguments, the role it needs, and how its argument values become a
/// <see cref="WriteOperation"/>. <see cref="WrittenNodeId"/> names the node to return (create and update).
/// </summary>
internal sealed record MutationDefinition(
    string Name,
    string Description,
    string RequiredRole,
    IReadOnlyList<ArgumentSpec> Arguments,
    Func<IReadOnlyDictionary<string, object?>, WriteOperation> ToOperation,
    Func<IReadOnlyDictionary<string, object?>, string?> WrittenNodeId,
    LabelDef? Label = null)
{
    /// <summary>The single input object of a create, used as is inside <c>applyChanges</c> (no wrapper).</summary>
    public string? DirectInputType { get; init; }

    public static string? NoNode(IReadOnlyDictionary<string, object?> arguments) => null;
}
