using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>Boolean values.</summary>
internal sealed class BoolColumnBuilder(PropertyDef property, bool[] values, bool[] present) : ColumnBuilder(property)
{
    private readonly bool[] _values = values;
    private readonly bool[] _present = present;

    public BoolColumnBuilder(PropertyDef property, int rowCount)
        : this(property, new bool[rowCount], new bool[rowCount])
    {
    }

    public override void Set(int row, object? value)
    {
        switch (value)
        {
            case null: break;
            case bool b: _values[row] = b; _present[row] = true; break;
            default: throw Invalid(value);
        }
    }

    public override Column Build() => new BoolColumn(Property, _values, _present);
}
