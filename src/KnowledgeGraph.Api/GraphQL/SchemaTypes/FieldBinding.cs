using GraphQL.Types;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.SchemaTypes;

/// <summary>What a generated output field means to the planner; attached to the field as metadata.</summary>
internal abstract record FieldBinding
{
    private const string MetadataKey = "kg.binding";

    public static FieldBinding? Of(FieldType field) => field.GetMetadata<FieldBinding?>(MetadataKey);

    public static FieldType Attach(FieldType field, FieldBinding binding)
    {
        field.Metadata[MetadataKey] = binding;
        return field;
    }
}

/// <summary>A root collection field: <c>actors(where:, order:, first:, …)</c>.</summary>
internal sealed record CollectionBinding(LabelDef Label) : FieldBinding;

/// <summary>The root <c>node(id:)</c> field.</summary>
internal sealed record NodeByIdBinding : FieldBinding
{
    public static NodeByIdBinding Instance { get; } = new();
}

/// <summary>The root <c>search(text:, labels:, first:)</c> field.</summary>
internal sealed record SearchBinding : FieldBinding
{
    public static SearchBinding Instance { get; } = new();
}

/// <summary><c>SearchHit.node</c>.</summary>
internal sealed record SearchHitNodeBinding : FieldBinding
{
    public static SearchHitNodeBinding Instance { get; } = new();
}

/// <summary>A property of a label type (its <c>id</c> included).</summary>
internal sealed record PropertyBinding(PropertyDef Property) : FieldBinding;

/// <summary>A relationship field of a label type: a nested connection, or a single node.</summary>
internal sealed record RelationshipBinding(RelationshipField Field) : FieldBinding;

internal enum ConnectionPart
{
    Nodes,
    Edges,
    PageInfo,
    TotalCount,
    Aggregate,
}

/// <summary>A field of a connection type.</summary>
internal sealed record ConnectionPartBinding(ConnectionPart Part) : FieldBinding;

/// <summary><c>Edge.node</c>.</summary>
internal sealed record EdgeNodeBinding : FieldBinding
{
    public static EdgeNodeBinding Instance { get; } = new();
}

/// <summary>A relationship property shown on an edge (<c>ActorAlliancesEdge.role</c>).</summary>
internal sealed record EdgePropertyBinding(PropertyDef Property) : FieldBinding;

/// <summary><c>&lt;Label&gt;Aggregate.count</c>.</summary>
internal sealed record AggregateCountBinding : FieldBinding
{
    public static AggregateCountBinding Instance { get; } = new();
}

/// <summary>An aggregated property of <c>&lt;Label&gt;Aggregate</c>: numeric (min/max/sum/avg) or enum (values with counts).</summary>
internal sealed record AggregatePropertyBinding(PropertyDef Property, bool IsNumeric) : FieldBinding;
