using System.Collections;

namespace KnowledgeGraph.Bolt;

/// <summary>The element type of a <see cref="Vector"/>, as Bolt 6.0 names it by PackStream marker.</summary>
public enum VectorElementType
{
    Int8,
    Int16,
    Int32,
    Int64,
    Float32,
    Float64,
}

/// <summary>
/// A Neo4j vector (Bolt 6.0 structure <c>V</c>): a fixed-length list of numbers of one type. <see cref="Values"/> is
/// the typed array (sbyte[], short[], int[], long[], float[] or double[]). Equality compares the type and elements.
/// </summary>
public sealed class Vector : IEquatable<Vector>, IEnumerable
{
    private Vector(VectorElementType elementType, Array values) => (ElementType, Values) = (elementType, values);

    public Vector(sbyte[] values) : this(VectorElementType.Int8, values) { }

    public Vector(short[] values) : this(VectorElementType.Int16, values) { }

    public Vector(int[] values) : this(VectorElementType.Int32, values) { }

    public Vector(long[] values) : this(VectorElementType.Int64, values) { }

    public Vector(float[] values) : this(VectorElementType.Float32, values) { }

    public Vector(double[] values) : this(VectorElementType.Float64, values) { }

    public VectorElementType ElementType { get; }

    public Array Values { get; }

    public int Length => Values.Length;

    /// <summary>The elements as doubles (exact for every integer type but large Int64 values).</summary>
    public double[] ToDoubleArray() => Values switch
    {
        double[] d => (double[])d.Clone(),
        float[] f => Array.ConvertAll(f, v => (double)v),
        long[] l => Array.ConvertAll(l, v => (double)v),
        int[] i => Array.ConvertAll(i, v => (double)v),
        short[] s => Array.ConvertAll(s, v => (double)v),
        sbyte[] b => Array.ConvertAll(b, v => (double)v),
        _ => throw new InvalidOperationException("Unknown vector storage."),
    };

    public IEnumerator GetEnumerator() => Values.GetEnumerator();

    public bool Equals(Vector? other) =>
        other is not null && ElementType == other.ElementType && StructuralComparisons.StructuralEqualityComparer.Equals(Values, other.Values);

    public override bool Equals(object? obj) => Equals(obj as Vector);

    public override int GetHashCode() => HashCode.Combine(ElementType, StructuralComparisons.StructuralEqualityComparer.GetHashCode(Values));

    public override string ToString() =>
        $"vector([{string.Join(", ", Values.Cast<object>().Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))}], {Length}, {ElementType.ToString().ToUpperInvariant()})";
}
