using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>Boolean values.</summary>
internal sealed class BoolColumnBuilder(PropertyDef property, int rowCount) : ColumnBuilder(property)
{
    private readonly bool[] _values = new bool[rowCount];
    private readonly bool[] _present = new bool[rowCount];

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
