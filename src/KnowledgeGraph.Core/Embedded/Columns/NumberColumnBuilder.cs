using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>Int and Float values, as doubles.</summary>
internal sealed class NumberColumnBuilder(PropertyDef property, double[] values, bool[] present) : ColumnBuilder(property)
{
    private readonly double[] _values = values;
    private readonly bool[] _present = present;

    public NumberColumnBuilder(PropertyDef property, int rowCount)
        : this(property, new double[rowCount], new bool[rowCount])
    {
    }

    public override void Set(int row, object? value)
    {
        if (value is not null)
        {
            _present[row] = NumberColumn.TryNumber(value, out _values[row]) ? true : throw Invalid(value);
        }
    }

    public override Column Build() => new NumberColumn(Property, _values, _present);
}
