using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Schema.Model;

namespace KnowledgeGraph.Core.Tests.TestGraphs;

/// <summary>Short ways to write query plans in tests, with names from the real schema.</summary>
public static class Plans
{
    public static GraphSchema Schema => KnowledgeGraphSchema.Instance;

    public static ConnectionQuery Query(
        LabelDef label,
        Filter? where = null,
        IReadOnlyList<OrderKey>? order = null,
        PageRequest? page = null,
        bool totalCount = false,
        NodeProjection? projection = null) =>
        new(label, where, order ?? [], page ?? new PageRequest(), projection ?? AllProperties(label), totalCount);

    public static NodeProjection AllProperties(LabelDef label, params RelationshipSelection[] relationships) =>
        new(label.Properties, relationships);

    public static ReadPlan Collection(ConnectionQuery query, string key = "items") => new([new CollectionRead(key, query)]);

    public static PropertyFilter Prop(LabelDef label, string property, ComparisonOperator op, object? value) =>
        new(label.Property(property), op, value);

    public static PropertyFilter EdgeProp(RelationshipField field, string property, ComparisonOperator op, object? value) =>
        new(field.Relationship.FindProperty(property) ?? throw new KeyNotFoundException(property), op, value);

    public static RelationshipField Field(LabelDef source, string name) =>
        Schema.FindField(source, name) ?? throw new KeyNotFoundException($"{source.Name}.{name}");

    public static RelationshipFilter Rel(LabelDef source, string field, Quantifier quantifier, Filter? node = null, Filter? edge = null) =>
        new(Field(source, field), quantifier, node, edge);

    public static RelationshipSelection Select(
        LabelDef source, string field, ConnectionQuery? query = null, string? key = null, params string[] edgeProperties)
    {
        var f = Field(source, field);
        return new RelationshipSelection(
            key ?? field, f, query ?? Query(f.Target), [.. edgeProperties.Select(p => f.Relationship.FindProperty(p)!)]);
    }

    /// <summary>A count filter: <c>Count(Alliance, "participants", (Gte, 3))</c>.</summary>
    public static CountFilter Count(LabelDef source, string field, Filter? node, Filter? edge, params (ComparisonOperator Op, long Value)[] comparisons) =>
        new(Field(source, field), node, edge, [.. comparisons.Select(c => new CountComparison(c.Op, c.Value))]);

    public static OrderKey ByRelated(LabelDef source, string field, string property, SortDirection direction = SortDirection.Ascending)
    {
        var f = Field(source, field);
        return OrderKey.Related(f, f.Target.Property(property), direction);
    }

    public static OrderKey ByCount(LabelDef source, string field, SortDirection direction = SortDirection.Ascending) =>
        OrderKey.Count(Field(source, field), direction);

    public static AndFilter And(params Filter[] operands) => new(operands);

    public static OrFilter Or(params Filter[] operands) => new(operands);

    public static NotFilter Not(Filter operand) => new(operand);

    public static WithinFilter Within(params string[] ids) => new(ids);

    public static OrderKey Asc(LabelDef label, string property) => new(label.Property(property), SortDirection.Ascending);

    public static OrderKey Desc(LabelDef label, string property) => new(label.Property(property), SortDirection.Descending);
}
