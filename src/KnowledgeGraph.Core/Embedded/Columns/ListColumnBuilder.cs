using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>Lists of enum values, each copied into an array.</summary>
internal sealed class ListColumnBuilder(PropertyDef property, int rowCount) : ColumnBuilder(property)
{
    private readonly string[]?[] _values = new string[]?[rowCount];

    public override void Set(int row, object? value) => _values[row] = value switch
    {
        null => null,
        IEnumerable<string> items => [.. items],
        _ => throw Invalid(value),
    };

    public override Column Build() => new ListColumn(Property, _values);
}
