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

        var before = errors.Count;
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        _binder.Bind(type, definition.Properties, properties, values);
        _binder.RequireAll(type, definition.Properties, values, properties);

        // The key: type, ends and identifying values (only once those are valid, else it would be a guess).
        var keyIsValid = !errors.HasErrorsSince(before, field => definition.IdentifyingProperties.Any(p => p.Name == field));
        var identity = new RelationshipIdentity(definition, startId, endId, IdentifyingValues.Of(definition, values));
        if (keyIsValid && graph.FindRelationship(identity) is { } existing)
        {
            if (ifAbsent)
            {
                errors.TruncateTo(before); // there already: nothing to do (its properties are left as they are)
                return;
            }

            errors.Add("type", WriteErrorCodes.DuplicateRelationship, definition.IdentifyingProperties.Count == 0
                ? $"{GraphDelta.KeyOf(existing)} already exists (at most one {type} links two nodes)."
                : $"{GraphDelta.KeyOf(existing)} already exists (a parallel {type} between the same nodes needs other values of {string.Join(", ", definition.IdentifyingProperties.Select(p => p.Name))}).");
        }

        CheckSingle(definition.Outgoing, startId, "startId");
        CheckSingle(definition.Incoming, endId, "endId");
        if (errors.Count == before)
        {
            graph.PutRelationship(new RelationshipRecord(definition, startId, endId, values));
        }
    }

    /// <summary>
    /// Removes the one relationship of the type between the two nodes that the given identifying values select (none
    /// given: the only one); reports none found, or several (parallels) with their keys as candidates.
    /// </summary>
    public void Unlink(string type, string startId, string endId, IReadOnlyDictionary<string, object?>? key)
    {
        if (Resolve(type, startId, endId) is not { } definition || ReadKey(definition, key) is not { } wanted)
        {
            return;
        }

        // In key order, so that messages and candidates read the same whatever order a store lists relationships in.
        var parallels = graph.RelationshipsBetween(definition, startId, endId)
            .OrderBy(r => GraphDelta.KeyOf(r).ToString(), StringComparer.Ordinal).ToList();
        var matching = parallels.Where(r => wanted.All(w => Equals(r.Properties.GetValueOrDefault(w.Key), w.Value))).ToList();
        if (matching.Count == 1)
        {
            graph.RemoveRelationship(matching[0]);
        }
        else if (matching.Count == 0)
        {
            var given = wanted.Count == 0 ? string.Empty : " {" + string.Join(", ", wanted.Select(w => $"{w.Key}: {IdentifyingValues.Format(w.Value)}")) + "}";
            var present = parallels.Count == 0 ? string.Empty : $" (there is: {string.Join("; ", parallels.Select(GraphDelta.KeyOf))})";
            errors.Add("type", WriteErrorCodes.UnknownRelationship, $"There is no relationship {startId} -[:{type}{given}]-> {endId} to remove{present}.");
        }
        else
        {
            // The identifying properties whose values tell the candidates apart: what the client should give.
            var telling = definition.IdentifyingProperties
                .Where(p => matching.Select(r => r.Properties.GetValueOrDefault(p.Name)).Distinct().Skip(1).Any())
                .Select(p => p.Name).ToList();
            errors.Add(telling.FirstOrDefault() ?? "type", WriteErrorCodes.AmbiguousRelationship,
                $"{matching.Count} parallel {type} relationships link {startId} to {endId} ({string.Join("; ", matching.Select(GraphDelta.KeyOf))}): " +
                $"give {string.Join(" and ", telling)} to choose the one to remove; nothing was removed.",
                [.. matching.Select(r => (IReadOnlyDictionary<string, object?>)IdentifyingValues.Map(r))]);
        }
    }

    // The identifying values an unlink gives, normalised; null when one is not an identifying property or not valid.
    private Dictionary<string, object?>? ReadKey(RelationshipDef definition, IReadOnlyDictionary<string, object?>? key)
    {
        var wanted = new Dictionary<string, object?>(StringComparer.Ordinal);
        var valid = true;
        foreach (var (name, raw) in key ?? new Dictionary<string, object?>())
        {
            var property = definition.IdentifyingProperties.FirstOrDefault(p => p.Name == name);
            if (property is null)
            {
                errors.Add(name, WriteErrorCodes.UnknownProperty, definition.IdentifyingProperties.Count == 0
                    ? $"{definition.Type} has no identifying property: at most one links two nodes, nothing more selects it."
                    : $"'{name}' does not select a {definition.Type} to remove (its identifying properties: {string.Join(", ", definition.IdentifyingProperties.Select(p => p.Name))}).");
                valid = false;
            }
            else if (!PropertyValues.TryNormalize(property, raw, out var value, out var problem))
            {
                errors.Add(name, WriteErrorCodes.InvalidValue, $"{definition.Type}.{name}: {problem}.");
                valid = false;
            }
            else
            {
                wanted[name] = value;
            }
        }

        return valid ? wanted : null;
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
