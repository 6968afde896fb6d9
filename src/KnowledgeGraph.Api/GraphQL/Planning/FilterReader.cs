using System.Collections;
using System.Globalization;
using KnowledgeGraph.Api.GraphQL.SchemaTypes;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphQL.Planning;

/// <summary>
/// A coerced <c>&lt;Label&gt;FilterInput</c> → a <see cref="Filter"/> tree. Fields of one object are AND-ed, and so are
/// operators of one operation input. A field set to null adds no condition, except <c>eq: null</c> (missing) and
/// <c>neq: null</c> (present).
/// </summary>
internal sealed class FilterReader(GraphSchema schema)
{
    private static readonly Filter MatchAll = new AndFilter([]);

    public Filter? Read(LabelDef label, object? value) => value is IDictionary<string, object?> input ? Node(label, input) : null;

    private Filter? Node(LabelDef label, IDictionary<string, object?> input)
    {
        List<Filter>? parts = null;
        foreach (var (name, value) in input)
        {
            var part = value is null ? null : name switch
            {
                FilterInputTypes.And => Combine(value, item => Read(label, item), isAnd: true),
                FilterInputTypes.Or => Combine(value, item => Read(label, item), isAnd: false),
                FilterInputTypes.Not => new NotFilter(Read(label, value) ?? MatchAll),
                FilterInputTypes.Within => new WithinFilter([ToText(value)]),
                _ => Field(label, name, value),
            };
            if (part is not null)
            {
                (parts ??= []).Add(part);
            }
        }

        return parts switch
        {
            null => null,
            [var single] => single,
            _ => new AndFilter(parts),
        };
    }

    private static Filter? Combine(object value, Func<object?, Filter?> read, bool isAnd)
    {
        var operands = new List<Filter>();
        foreach (var item in (IEnumerable)value)
        {
            var operand = read(item);
            if (operand is not null || !isAnd)
            {
                operands.Add(operand ?? MatchAll);
            }
        }

        return isAnd && operands.Count == 0 ? null : isAnd ? new AndFilter(operands) : new OrFilter(operands);
    }

    private Filter? Field(LabelDef label, string name, object value)
    {
        if (label.FindProperty(name) is { } property)
        {
            return Operations(property, (IDictionary<string, object?>)value);
        }

        if (schema.FindField(label, name) is { } field)
        {
            return Quantifiers(field, (IDictionary<string, object?>)value, overEdges: false);
        }

        if (schema.FieldsOf(label).FirstOrDefault(f => SchemaNames.CountField(f) == name) is { } counted)
        {
            return Count(counted, (IDictionary<string, object?>)value);
        }

        var edges = schema.FieldsOf(label).FirstOrDefault(f => SchemaNames.HasEdgeProperties(f) && SchemaNames.EdgesFilterField(f) == name)
            ?? throw new InvalidOperationException($"{label.Name}FilterInput has a field '{name}' the graph schema does not know.");
        return Quantifiers(edges, (IDictionary<string, object?>)value, overEdges: true);
    }

    private static Filter? Operations(PropertyDef property, IDictionary<string, object?> input)
    {
        List<Filter>? parts = null;
        foreach (var (name, value) in input)
        {
            var op = FilterOperators.ByName[name];
            object? operand;
            if (op.TakesList)
            {
                operand = value is IEnumerable values
                    ? values.Cast<object?>().Select(v => ToPlanValue(property, v)).ToArray()
                    : throw MissingValue(property, name);
            }
            else
            {
                operand = value is null && op.Operator is not (ComparisonOperator.Eq or ComparisonOperator.Neq)
                    ? throw MissingValue(property, name)
                    : ToPlanValue(property, value);
            }

            (parts ??= []).Add(new PropertyFilter(property, op.Operator, operand));
        }

        return parts switch
        {
            null => null,
            [var single] => single,
            _ => new AndFilter(parts),
        };
    }

    /// <summary>
    /// <c>some/all/none/single</c> over related nodes (<paramref name="overEdges"/> false) or over the relationships,
    /// whose filter holds edge properties and, under <c>node</c>, the related node's filter.
    /// </summary>
    private Filter? Quantifiers(RelationshipField field, IDictionary<string, object?> input, bool overEdges)
    {
        List<Filter>? parts = null;
        foreach (var (name, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            var quantifier = FilterInputTypes.Quantifiers.First(q => q.Name == name).Quantifier;
            var quantified = (IDictionary<string, object?>)value;
            var filter = overEdges
                ? new RelationshipFilter(field, quantifier,
                    Read(field.Target, quantified.TryGetValue(FilterInputTypes.EdgeNode, out var node) ? node : null),
                    Edge(field.Relationship, quantified, top: true))
                : new RelationshipFilter(field, quantifier, Node(field.Target, quantified), null);
            (parts ??= []).Add(filter);
        }

        return parts switch
        {
            null => null,
            [var single] => single,
            _ => new AndFilter(parts),
        };
    }

    /// <summary><c>alliancesCount: { gte: 3, where: { … }, edgeWhere: { … } }</c> → a <see cref="CountFilter"/>.</summary>
    private CountFilter? Count(RelationshipField field, IDictionary<string, object?> input)
    {
        var comparisons = new List<CountComparison>();
        foreach (var (name, op, _) in CountFilterInputTypes.Comparisons)
        {
            if (input.TryGetValue(name, out var value) && value is not null)
            {
                comparisons.Add(new CountComparison(op, Convert.ToInt64(value, CultureInfo.InvariantCulture)));
            }
        }

        if (comparisons.Count == 0)
        {
            throw new PlanningException(PlanningException.InvalidFilter,
                $"`{SchemaNames.CountField(field)}` needs at least one of eq, neq, gt, gte, lt, lte.");
        }

        var node = Read(field.Target, input.TryGetValue(CountFilterInputTypes.Where, out var where) ? where : null);
        Filter? edge = null;
        if (input.TryGetValue(CountFilterInputTypes.EdgeWhere, out var edgeWhere) && edgeWhere is IDictionary<string, object?> edgeInput)
        {
            edge = Edge(field.Relationship, edgeInput, top: true);
            if (Read(field.Target, edgeInput.TryGetValue(FilterInputTypes.EdgeNode, out var edgeNode) ? edgeNode : null) is { } alsoNode)
            {
                node = node is null ? alsoNode : new AndFilter([node, alsoNode]);
            }
        }

        return new CountFilter(field, node, edge, comparisons);
    }

    /// <summary>Conditions on a relationship's own properties; <c>node</c> is read by the caller, and only at the top.</summary>
    private static Filter? Edge(RelationshipDef relationship, object? value, bool top)
    {
        if (value is not IDictionary<string, object?> input)
        {
            return null;
        }

        List<Filter>? parts = null;
        foreach (var (name, operand) in input)
        {
            var part = operand is null ? null : name switch
            {
                FilterInputTypes.And => Combine(operand, item => Edge(relationship, item, top: false), isAnd: true),
                FilterInputTypes.Or => Combine(operand, item => Edge(relationship, item, top: false), isAnd: false),
                FilterInputTypes.Not => new NotFilter(Edge(relationship, operand, top: false) ?? MatchAll),
                FilterInputTypes.EdgeNode when top => null,
                FilterInputTypes.EdgeNode => throw new PlanningException(PlanningException.InvalidFilter,
                    "`node` is allowed only at the top of an edge filter, not inside `and`, `or` or `not`."),
                _ => Operations(relationship.FindProperty(name)!, (IDictionary<string, object?>)operand),
            };
            if (part is not null)
            {
                (parts ??= []).Add(part);
            }
        }

        return parts switch
        {
            null => null,
            [var single] => single,
            _ => new AndFilter(parts),
        };
    }

    /// <summary>Plan values: Int as long, Float as double, ids, text and enum names as strings.</summary>
    private static object? ToPlanValue(PropertyDef property, object? value) => value switch
    {
        null => null,
        _ when property.Kind == ValueKind.Int => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ when property.Kind == ValueKind.Float => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ when property.Kind == ValueKind.Boolean => (bool)value,
        _ => ToText(value),
    };

    private static string ToText(object value) => value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture)!;

    private static PlanningException MissingValue(PropertyDef property, string op) =>
        new(PlanningException.InvalidFilter, $"`{property.Name}: {{ {op}: … }}` needs a value; only `eq` and `neq` accept null.");
}
