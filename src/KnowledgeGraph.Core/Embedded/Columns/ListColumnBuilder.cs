using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>Lists of enum values, each copied into an array.</summary>
internal sealed class ListColumnBuilder(PropertyDef property, string[]?[] values) : ColumnBuilder(property)
{
    private readonly string[]?[] _values = values;

    public ListColumnBuilder(PropertyDef property, int rowCount)
        : this(property, new string[]?[rowCount])
    {
    }

    public override void Set(int row, object? value) => _values[row] = value switch
    {
        null => null,
        IEnumerable<string> items => [.. items],
        _ => throw Invalid(value),
    };

    public override Column Build() => new ListColumn(Property, _values);
}
