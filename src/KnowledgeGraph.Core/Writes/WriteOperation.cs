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
/// Creates a relationship of <paramref name="Type"/>; the ends' labels choose the schema's definition. Its key is the
/// type, the ends and the values of its identifying properties (<see cref="Schema.RelationshipDef.IdentifyingProperties"/>):
/// a relationship whose identifying values differ from every existing one of that type between the two nodes is a
/// parallel one and is created; the same key again is refused as a duplicate, or with <paramref name="IfAbsent"/>
/// left as it is (no error, no change).
/// </summary>
public sealed record Link(string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?> Properties, bool IfAbsent = false)
    : WriteOperation;

/// <summary>
/// Deletes the relationship of <paramref name="Type"/> from <paramref name="StartId"/> to <paramref name="EndId"/>.
/// <paramref name="Key"/> (identifying properties only; a null value: the property is absent) selects one among
/// parallel relationships; the properties it leaves out match any value. Several matching is refused as ambiguous.
/// </summary>
public sealed record Unlink(string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?>? Key = null) : WriteOperation;
