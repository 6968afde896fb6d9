namespace KnowledgeGraph.Core.Schema;

/// <summary>
/// A property of a node or a relationship. Values in memory: string, long, double, bool, or for enums the
/// value name as a string; a list property holds an <see cref="IReadOnlyList{T}"/> of those.
/// <see cref="IsIdentifying"/> (relationship properties only): the property is part of the relationship's key — two
/// relationships of one type between the same two nodes are distinct (parallel) when an identifying property differs.
/// </summary>
public sealed record PropertyDef(
    string Name,
    ValueKind Kind,
    string Description,
    bool IsList = false,
    EnumDef? Enum = null,
    bool IsRequired = false,
    bool IsIdentifying = false)
{
    /// <summary>Text properties compare and sort ignoring case and accents (see <see cref="Text.TextNormalizer"/>).</summary>
    public bool IsText => Kind == ValueKind.String && !IsList && Name != GraphSchema.IdProperty;

    /// <summary>Properties that can be used in <c>order:</c> inputs.</summary>
    public bool IsSortable => !IsList;

    public static PropertyDef TextProperty(string name, string description, bool required = false) =>
        new(name, ValueKind.String, description, IsRequired: required);

    public static PropertyDef IntProperty(string name, string description, bool required = false) =>
        new(name, ValueKind.Int, description, IsRequired: required);

    public static PropertyDef FloatProperty(string name, string description) => new(name, ValueKind.Float, description);

    public static PropertyDef BoolProperty(string name, string description) => new(name, ValueKind.Boolean, description);

    public static PropertyDef EnumProperty(string name, EnumDef values, string description, bool required = false) =>
        new(name, ValueKind.Enum, description, Enum: values, IsRequired: required);

    public static PropertyDef EnumListProperty(string name, EnumDef values, string description) =>
        new(name, ValueKind.Enum, description, IsList: true, Enum: values);
}
