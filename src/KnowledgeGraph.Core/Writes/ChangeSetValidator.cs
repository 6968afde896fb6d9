using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Writes.Internal;

namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// Checks a whole change set against the schema and the current graph, each operation seeing the ones before it,
/// and computes its net effect. Pure: nothing is written.
/// </summary>
public sealed class ChangeSetValidator(GraphSchema schema)
{
    /// <summary>The delta to apply, or <see cref="WriteValidationException"/> with every problem found.</summary>
    public GraphDelta Validate(ChangeSet changeSet, IGraphLookup current)
    {
        ArgumentNullException.ThrowIfNull(changeSet);
        ArgumentNullException.ThrowIfNull(current);
        var errors = new ErrorSink();
        var graph = new WorkingGraph(current);
        var nodes = new NodeOperationValidator(schema, graph, errors);
        var links = new LinkValidator(schema, graph, errors);
        for (var index = 0; index < changeSet.Operations.Count && !errors.IsFull; index++)
        {
            errors.OperationIndex = index;
            errors.FieldPrefix = string.Empty;
            switch (changeSet.Operations[index])
            {
                case CreateNode op:
                    nodes.Create(op.Label, op.Id, op.Properties);
                    break;
                case UpdateNode op:
                    nodes.Update(op.Id, op.Set, op.Remove);
                    break;
                case UpsertNode op:
                    nodes.Upsert(op.Label, op.Id, op.Properties);
                    break;
                case DeleteNode op:
                    nodes.Delete(op.Id, op.Detach);
                    break;
                case Link op:
                    links.Link(op.Type, op.StartId, op.EndId, op.Properties, op.IfAbsent);
                    break;
                case Unlink op:
                    links.Unlink(op.Type, op.StartId, op.EndId, op.Key);
                    break;
                case ImportGraph op:
                    Import(op.Data, nodes, links, errors);
                    break;
                default:
                    errors.Add("operation", WriteErrorCodes.InvalidOperation,
                        $"Unknown operation {changeSet.Operations[index]?.GetType().Name ?? "null"}.");
                    break;
            }
        }

        return errors.Count > 0 ? throw new WriteValidationException(errors.Errors) : graph.ToDelta();
    }

    private void Import(GraphData data, NodeOperationValidator nodes, LinkValidator links, ErrorSink errors)
    {
        for (var i = 0; i < data.Nodes.Count && !errors.IsFull; i++)
        {
            var node = data.Nodes[i];
            errors.FieldPrefix = $"nodes[{i}].";
            if (!ReferenceEquals(schema.FindLabel(node.Label.Name), node.Label))
            {
                errors.Add("label", WriteErrorCodes.UnknownLabel, $"The label {node.Label.Name} is not this schema's.");
                continue;
            }

            nodes.Create(node.Label.Name, node.Id, Given(node.Properties));
        }

        for (var i = 0; i < data.Relationships.Count && !errors.IsFull; i++)
        {
            var relationship = data.Relationships[i];
            errors.FieldPrefix = $"relationships[{i}].";
            links.Link(relationship.Definition.Type, relationship.StartId, relationship.EndId, Given(relationship.Properties));
        }
    }

    private static Dictionary<string, object?> Given(IReadOnlyDictionary<string, object> properties) =>
        properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
}
