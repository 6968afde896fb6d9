using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Embedded.Columns;

/// <summary>Strings as given (id, enums) or, for text properties, in <see cref="TextNormalizer"/>'s normal form.</summary>
internal sealed class StringColumnBuilder(PropertyDef property, string?[] values) : ColumnBuilder(property)
{
    private readonly string?[] _values = values;
    private readonly bool _isText = property.IsText;

    public StringColumnBuilder(PropertyDef property, int rowCount)
        : this(property, new string?[rowCount])
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Set(int row, object? value) => _values[row] = value switch
    {
        null => null,
        string text => _isText ? TextNormalizer.Normalize(text) : text,
        _ => throw Invalid(value),
    };

    public override Column Build() => new StringColumn(Property, _values, _isText);
}
