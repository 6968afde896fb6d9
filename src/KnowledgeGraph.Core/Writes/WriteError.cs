namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// One reason a change set was refused: the 0-based index of the operation, the field at fault (a property name,
/// <c>id</c>, <c>startId</c>, <c>type</c>…; for imports prefixed with <c>nodes[i].</c> or <c>relationships[i].</c>),
/// a stable code from <see cref="WriteErrorCodes"/> and a message for people.
/// </summary>
public sealed record WriteError(int OperationIndex, string Field, string Code, string Message)
{
    /// <summary>
    /// For <see cref="WriteErrorCodes.AmbiguousRelationship"/>: the identifying properties of each relationship the
    /// operation could mean (one map per candidate, every identifying property by name, null where absent).
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>>? Candidates { get; init; }

    public override string ToString() => $"operation {OperationIndex}, {Field}: {Code}: {Message}";
}
