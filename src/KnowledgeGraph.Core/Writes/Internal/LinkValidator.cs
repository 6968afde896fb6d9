using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Writes.Internal;

/// <summary>Validates and applies to the working graph the operations on relationships: link and unlink.</summary>
internal sealed class LinkValidator(GraphSchema schema, WorkingGraph graph, ErrorSink errors)
{
    private readonly PropertyBinder _binder = new(errors);

    public void Link(string type, string startId, string endId, IReadOnlyDictionary<string, object?>? properties, bool ifAbsent = false)
    {
        if (Resolve(type, startId, endId) is not { } definition)
        {
            return;
        }

        if (ifAbsent && graph.FindRelationship(definition, startId, endId) is not null)
        {
            return; // there already: nothing to do (its properties are left as they are)
        }

        var before = errors.Count;
        if (graph.FindRelationship(definition, startId, endId) is not null)
        {
            errors.Add("type", WriteErrorCodes.DuplicateRelationship, $"{startId} -[:{type}]-> {endId} already exists.");
        }

        CheckSingle(definition.Outgoing, startId, "startId");
        CheckSingle(definition.Incoming, endId, "endId");
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        _binder.Bind(type, definition.Properties, properties, values);
        _binder.RequireAll(type, definition.Properties, values, properties);
        if (errors.Count == before)
        {
            graph.PutRelationship(new RelationshipRecord(definition, startId, endId, values));
        }
    }

    public void Unlink(string type, string startId, string endId)
    {
        if (Resolve(type, startId, endId) is not { } definition)
        {
            return;
        }

        if (graph.FindRelationship(definition, startId, endId) is { } existing)
        {
            graph.RemoveRelationship(existing);
        }
        else
        {
            errors.Add("type", WriteErrorCodes.UnknownRelationship, $"There is no relationship {startId} -[:{type}]-> {endId} to remove.");
        }
    }

    /// <summary>The definition for the type between the labels of the two (existing) ends, or null with errors reported.</summary>
    private RelationshipDef? Resolve(string type, string startId, string endId)
    {
        var definitions = schema.Relationships.Where(r => r.Type == type).ToList();
        if (definitions.Count == 0)
        {
            errors.Add("type", WriteErrorCodes.UnknownRelationshipType,
                $"'{type}' is not a relationship type (expected one of {string.Join(", ", schema.RelationshipTypes)}).");
        }

        var start = FindEnd(startId, "startId");
        var end = FindEnd(endId, "endId");
        if (definitions.Count == 0 || start is null || end is null)
        {
            return null;
        }

        if (schema.FindRelationship(type, start.Label, end.Label) is { } definition)
        {
            return definition;
        }

        var field = definitions.Any(d => d.From == start.Label) ? "endId" : "startId";
        errors.Add(field, WriteErrorCodes.LabelMismatch,
            $"{type} does not link {start.Label.Name} → {end.Label.Name} (it links {string.Join(", ", definitions.Select(d => $"{d.From.Name} → {d.To.Name}"))}).");
        return null;
    }

    private NodeRecord? FindEnd(string id, string field)
    {
        var node = string.IsNullOrEmpty(id) ? null : graph.FindNode(id);
        if (node is null)
        {
            errors.Add(field, WriteErrorCodes.UnknownId, $"No node has the id '{id}'.");
        }

        return node;
    }

    private void CheckSingle(RelationshipField field, string nodeId, string errorField)
    {
        if (!field.IsSingle)
        {
            return;
        }

        var relationship = field.Relationship;
        var existing = graph.RelationshipsOf(nodeId).FirstOrDefault(r => r.Definition == relationship &&
            (field.Direction == Direction.Outgoing ? r.StartId : r.EndId) == nodeId);
        if (existing is not null)
        {
            errors.Add(errorField, WriteErrorCodes.SingleValued,
                $"{field.Source.Name} '{nodeId}' already has its one '{field.Name}' ({GraphDelta.KeyOf(existing)}): unlink it first.");
        }
    }
}
