using System.Collections;
using KnowledgeGraph.Core.Plan;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Neo4j.Cypher;

/// <summary>The refusals both stores share: the same codes (INVALID_FILTER, INVALID_ORDER, INVALID_PAGINATION) for the same plans.</summary>
internal static class PlanValidation
{
    public static void Page(PageRequest page)
    {
        if (page.First is not null && page.Last is not null)
        {
            throw new InvalidQueryException("INVALID_PAGINATION", "Give either 'first' or 'last', not both.");
        }

        Size(page.First, "first");
        Size(page.Last, "last");
    }

    public static void Size(int? size, string name)
    {
        if (size is < 0 or > PageRequest.MaxPageSize)
        {
            throw new InvalidQueryException("INVALID_PAGINATION", $"'{name}' must be between 0 and {PageRequest.MaxPageSize}; it was {size}.");
        }
    }

    public static void Order(LabelDef label, IReadOnlyList<OrderKey> order)
    {
        foreach (var key in order)
        {
            var fits = key.Kind switch
            {
                OrderKeyKind.Property => key.Property.IsSortable && label.FindProperty(key.Property.Name) is not null,
                OrderKeyKind.Count => key.Through is { } through && through.Source == label,
                _ => key.Through is { } through && through.Source == label
                    && OrderKey.IsSortableThrough(key.Property) && through.Target.FindProperty(key.Property.Name) is not null,
            };
            if (!fits)
            {
                throw new InvalidQueryException("INVALID_ORDER", $"{label.Name} cannot be sorted by '{key.Path}'.");
            }
        }
    }

    public static void Property(string scope, PropertyDef? declared, PropertyFilter filter)
    {
        if (declared is null)
        {
            throw Invalid($"{scope} has no property '{filter.Property.Name}'.");
        }

        if (filter.Value is null)
        {
            return;
        }

        var property = filter.Property;
        var op = filter.Operator;
        var allowed = property.IsList
            ? op is ComparisonOperator.Includes or ComparisonOperator.IncludesAny or ComparisonOperator.IncludesAll
            : property.Kind switch
            {
                ValueKind.String or ValueKind.Enum => op is not (ComparisonOperator.Includes or ComparisonOperator.IncludesAny or ComparisonOperator.IncludesAll),
                ValueKind.Int or ValueKind.Float => op is ComparisonOperator.Eq or ComparisonOperator.Neq or ComparisonOperator.In or ComparisonOperator.Nin
                    or ComparisonOperator.Gt or ComparisonOperator.Gte or ComparisonOperator.Lt or ComparisonOperator.Lte,
                _ => op is ComparisonOperator.Eq or ComparisonOperator.Neq or ComparisonOperator.In or ComparisonOperator.Nin,
            };
        if (!allowed)
        {
            throw Invalid($"The operator {op} does not apply to the property '{property.Name}'.");
        }

        var listOperand = op is ComparisonOperator.In or ComparisonOperator.Nin or ComparisonOperator.IncludesAny or ComparisonOperator.IncludesAll;
        if (listOperand)
        {
            if (filter.Value is string || filter.Value is not IEnumerable items)
            {
                throw Invalid($"The value '{filter.Value}' does not fit the property '{property.Name}' ({property.Kind}).");
            }

            // Lists of enum values ignore non-strings (IncludesAny/All); scalar In/Nin refuse a wrong item.
            if (!property.IsList)
            {
                foreach (var item in items.Cast<object?>().Where(i => i is not null))
                {
                    Scalar(property, item!);
                }
            }
        }
        else
        {
            Scalar(property, filter.Value);
        }
    }

    private static void Scalar(PropertyDef property, object value)
    {
        var fits = property.Kind switch
        {
            ValueKind.Int or ValueKind.Float => value is long or int or double or float or decimal or short or byte,
            ValueKind.Boolean => value is bool,
            _ => value is string,
        };
        if (!fits)
        {
            throw Invalid($"The value '{value}' does not fit the property '{property.Name}' ({property.Kind}).");
        }
    }

    public static void Count(CountFilter filter)
    {
        if (filter.Comparisons.Count == 0 || filter.Comparisons.Any(c => !CountComparison.IsAllowed(c.Operator)))
        {
            throw Invalid($"A count filter on {filter.Field} needs comparisons among eq, neq, gt, gte, lt, lte.");
        }
    }

    public static void Aggregate(LabelDef label, AggregateRequest? aggregate)
    {
        foreach (var property in aggregate?.Properties ?? [])
        {
            AggregateRules.Check(label, property, aggregate!);
        }
    }

    public static InvalidQueryException Invalid(string message) => new("INVALID_FILTER", message);
}
