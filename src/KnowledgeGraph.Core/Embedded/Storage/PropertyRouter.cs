using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Embedded.Columns;

namespace KnowledgeGraph.Core.Embedded.Storage;

/// <summary>
/// Sends each value of a row's property map to the column builder of its name, in one pass over the map; names
/// without a builder are ignored. The rows of one table mostly list the same names in the same order, so the name and
/// builder (or none) met at each position of the previous row are tried first: a string comparison instead of a hash lookup.
/// </summary>
internal sealed class PropertyRouter(IEnumerable<ColumnBuilder> builders)
{
    private readonly Dictionary<string, ColumnBuilder> _byName = builders.ToDictionary(b => b.Property.Name, StringComparer.Ordinal);
    private (string Name, ColumnBuilder? Builder)[] _lastAt = new (string, ColumnBuilder?)[8];

    public bool IsEmpty => _byName.Count == 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Fill(int row, IReadOnlyDictionary<string, object> properties)
    {
        if (properties is Dictionary<string, object> dictionary)
        {
            // The concrete type's enumerator is a struct: no allocation per row.
            var position = 0;
            foreach (var (name, value) in dictionary)
            {
                Find(position++, name)?.Set(row, value);
            }

            return;
        }

        var at = 0;
        foreach (var (name, value) in properties)
        {
            Find(at++, name)?.Set(row, value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ColumnBuilder? Find(int position, string name)
    {
        if (position >= _lastAt.Length)
        {
            Array.Resize(ref _lastAt, Math.Max(position + 1, _lastAt.Length * 2));
        }

        var last = _lastAt[position];
        if (string.Equals(last.Name, name, StringComparison.Ordinal))
        {
            return last.Builder;
        }

        var builder = _byName.GetValueOrDefault(name);
        _lastAt[position] = (name, builder);
        return builder;
    }
}
