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

/// <summary>Creates a relationship of <paramref name="Type"/>; the ends' labels choose the schema's definition.</summary>
public sealed record Link(string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?> Properties) : WriteOperation;

/// <summary>Deletes the relationship of <paramref name="Type"/> from <paramref name="StartId"/> to <paramref name="EndId"/>.</summary>
public sealed record Unlink(string Type, string StartId, string EndId) : WriteOperation;
