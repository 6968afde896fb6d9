using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>
/// Fills the column of one property row by row, in any order (a row never set holds no value), then builds it.
/// Values are string, long, double, bool or a list of strings, as the property's kind requires.
/// </summary>
internal abstract class ColumnBuilder(PropertyDef property)
{
    public PropertyDef Property { get; } = property;

    public static ColumnBuilder For(PropertyDef property, int rowCount) => property.IsList
        ? new ListColumnBuilder(property, rowCount)
        : property.Kind switch
        {
            ValueKind.String or ValueKind.Enum => new StringColumnBuilder(property, rowCount),
            ValueKind.Int or ValueKind.Float => new NumberColumnBuilder(property, rowCount),
            ValueKind.Boolean => new BoolColumnBuilder(property, rowCount),
            _ => throw new ArgumentOutOfRangeException(nameof(property), property.Kind, "Unknown value kind."),
        };

    /// <summary>Sets the value of <paramref name="row"/>; a null value leaves it missing.</summary>
    public abstract void Set(int row, object? value);

    public abstract Column Build();

    protected ArgumentException Invalid(object value) =>
        new($"The value '{value}' ({value.GetType().Name}) does not fit the property '{Property.Name}' ({Property.Kind}).");
}
