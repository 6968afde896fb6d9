using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Plan;

/// <summary>What an <see cref="AggregateRequest"/> may name; both stores refuse the rest with INVALID_QUERY.</summary>
public static class AggregateRules
{
    public static bool IsNumeric(PropertyDef property) => !property.IsList && property.Kind is ValueKind.Int or ValueKind.Float;

    public static bool IsDistinct(PropertyDef property) => property.Kind == ValueKind.Enum;

    public static void Check(LabelDef label, PropertyDef property, AggregateRequest request)
    {
        var declared = label.FindProperty(property.Name);
        var fits = declared is not null
            && (request.Numeric.Contains(property) ? IsNumeric(declared) : IsDistinct(declared));
        if (!fits)
        {
            throw new InvalidQueryException("INVALID_QUERY", $"{label.Name} cannot aggregate '{property.Name}' that way.");
        }
    }
}
