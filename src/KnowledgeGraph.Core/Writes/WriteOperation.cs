namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// One step of a <see cref="ChangeSet"/>. Property values: string, an integral number (Int), any number (Float), bool,
/// an enum value's name as a string, or a sequence of those for list properties. A null value or an empty list means
/// "absent" (on update: remove the property).
/// </summary>
public abstract record WriteOperation;

/// <summary>Creates a node; <paramref name="Properties"/> must hold every required property but <c>id</c> (including <c>source</c>).</summary>
public sealed record CreateNode(string Label, string Id, IReadOnlyDictionary<string, object?> Properties) : WriteOperation;

/// <summary>Sets and removes properties of an existing node; <c>id</c> cannot change and required properties cannot be removed.</summary>
public sealed record UpdateNode(string Id, IReadOnlyDictionary<string, object?> Set, IReadOnlyList<string> Remove) : WriteOperation;

/// <summary>Deletes a node; without <paramref name="Detach"/> it is refused while the node has relationships.</summary>
public sealed record DeleteNode(string Id, bool Detach) : WriteOperation;

/// <summary>
/// Creates the node <paramref name="Id"/> of <paramref name="Label"/> when no node has that id (then it is validated as
/// a <see cref="CreateNode"/>), or sets the given properties of the existing one (validated as an
/// <see cref="UpdateNode"/>; it must be of that label).
/// </summary>
public sealed record UpsertNode(string Label, string Id, IReadOnlyDictionary<string, object?> Properties) : WriteOperation;

/// <summary>
/// Creates a relationship of <paramref name="Type"/>; the ends' labels choose the schema's definition. With
/// <paramref name="IfAbsent"/>, a relationship of that type already between the two nodes is left as it is (no
/// error, no change) instead of being refused as a duplicate.
/// </summary>
public sealed record Link(string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?> Properties, bool IfAbsent = false)
    : WriteOperation;

/// <summary>Deletes the relationship of <paramref name="Type"/> from <paramref name="StartId"/> to <paramref name="EndId"/>.</summary>
public sealed record Unlink(string Type, string StartId, string EndId) : WriteOperation;
