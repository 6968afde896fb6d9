using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Writes.Internal;

/// <summary>Validates and applies to the working graph the operations on nodes: create, update, delete.</summary>
internal sealed class NodeOperationValidator(GraphSchema schema, WorkingGraph graph, ErrorSink errors)
{
    private const int DetachListLimit = 10;

    private readonly PropertyBinder _binder = new(errors);

    public void Create(string labelName, string id, IReadOnlyDictionary<string, object?>? properties)
    {
        var label = schema.FindLabel(labelName ?? string.Empty);
        if (label is null)
        {
            errors.Add("label", WriteErrorCodes.UnknownLabel,
                $"'{labelName}' is not a label (expected one of {string.Join(", ", schema.Labels.Select(l => l.Name))}).");
            return;
        }

        var idIsUsable = CheckNewId(label, id);
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        _binder.Bind(label.Name, label.Properties, properties, values, name => IsIdEntry(name, id, properties));
        _binder.RequireAll(label.Name, label.Properties, values, properties);
        if (idIsUsable)
        {
            values[GraphSchema.IdProperty] = id;
            // An invalid node still takes its id, so that later operations are not reported as unknown ids too.
            graph.PutNode(new NodeRecord(label, id, values));
        }
    }

    public void Update(string id, IReadOnlyDictionary<string, object?>? set, IReadOnlyList<string>? remove)
    {
        if (FindExisting(id) is not { } node)
        {
            return;
        }

        var before = errors.Count;
        var label = node.Label;
        var values = new Dictionary<string, object>(node.Properties, StringComparer.Ordinal);
        foreach (var name in remove ?? [])
        {
            if (name == GraphSchema.IdProperty)
            {
                errors.Add(name, WriteErrorCodes.Immutable, "A node's id cannot change: create a new node instead.");
            }
            else if (label.FindProperty(name) is not { } property)
            {
                errors.Add(name, WriteErrorCodes.UnknownProperty, $"{label.Name} has no property '{name}'.");
            }
            else if (property.IsRequired)
            {
                errors.Add(name, WriteErrorCodes.Required, $"{label.Name}.{name} is required: it cannot be removed.");
            }
            else
            {
                values.Remove(name);
            }
        }

        if (set?.TryGetValue(GraphSchema.IdProperty, out var newId) == true && !Equals(newId, id))
        {
            errors.Add(GraphSchema.IdProperty, WriteErrorCodes.Immutable, "A node's id cannot change: create a new node instead.");
        }

        _binder.Bind(label.Name, label.Properties, set, values, name => name == GraphSchema.IdProperty);
        _binder.RequireAll(label.Name, label.Properties, values, set);
        if (errors.Count == before)
        {
            graph.PutNode(node with { Properties = values });
        }
    }

    /// <summary>Update when a node has the id (it must be of the label), else create.</summary>
    public void Upsert(string labelName, string id, IReadOnlyDictionary<string, object?>? properties)
    {
        var existing = string.IsNullOrEmpty(id) ? null : graph.FindNode(id);
        if (existing is null)
        {
            Create(labelName, id, properties);
        }
        else if (!string.Equals(existing.Label.Name, labelName, StringComparison.Ordinal))
        {
            errors.Add(GraphSchema.IdProperty, WriteErrorCodes.LabelMismatch, $"The id '{id}' is a {existing.Label.Name}, not a {labelName}.");
        }
        else
        {
            Update(id, properties, []);
        }
    }

    public void Delete(string id, bool detach)
    {
        if (FindExisting(id) is not { } node)
        {
            return;
        }

        var relationships = graph.RelationshipsOf(id).ToList();
        if (relationships.Count > 0 && !detach)
        {
            var listed = string.Join(", ", relationships.Take(DetachListLimit).Select(GraphDelta.KeyOf));
            var more = relationships.Count > DetachListLimit ? $" and {relationships.Count - DetachListLimit} more" : string.Empty;
            errors.Add(GraphSchema.IdProperty, WriteErrorCodes.HasRelationships,
                $"{node.Label.Name} '{id}' has {relationships.Count} relationship(s) that deleting it would detach: {listed}{more}. Delete with detach to remove them too.");
            return;
        }

        relationships.ForEach(graph.RemoveRelationship);
        graph.RemoveNode(id);
    }

    private bool CheckNewId(LabelDef label, string id)
    {
        if (string.IsNullOrEmpty(id))
        {
            errors.Add(GraphSchema.IdProperty, WriteErrorCodes.Required, "A node needs an id.");
            return false;
        }

        if (!label.IsValidId(id))
        {
            errors.Add(GraphSchema.IdProperty, WriteErrorCodes.InvalidId,
                $"'{id}' does not follow the {label.Name} id pattern {label.IdPattern} (e.g. {label.IdExample}).");
            return false;
        }

        if (graph.FindNode(id) is { } taken)
        {
            errors.Add(GraphSchema.IdProperty, WriteErrorCodes.DuplicateId, $"The id '{id}' is already used by a {taken.Label.Name}.");
            return false;
        }

        return true;
    }

    private NodeRecord? FindExisting(string id)
    {
        var node = string.IsNullOrEmpty(id) ? null : graph.FindNode(id);
        if (node is null)
        {
            errors.Add(GraphSchema.IdProperty, WriteErrorCodes.UnknownId, $"No node has the id '{id}'.");
        }

        return node;
    }

    // The id may be repeated among the properties, but only with the same value.
    private bool IsIdEntry(string name, string id, IReadOnlyDictionary<string, object?>? properties)
    {
        if (name != GraphSchema.IdProperty)
        {
            return false;
        }

        if (!Equals(properties![name], id))
        {
            errors.Add(name, WriteErrorCodes.InvalidValue, $"The id property differs from the node's id '{id}'.");
        }

        return true;
    }
}
